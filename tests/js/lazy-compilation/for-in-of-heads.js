// A function made in a for-in/for-of head's default or computed key (let, const, var, assignment) compiles lazily in the loop's scope.
const made = [];
function keep(label, fn) { made.push([label, fn]); return fn; }

for (let [a = keep("for-of let", function () { return "a"; })] of [[]]) ;
for (const { b = keep("for-of const", () => "b") } of [{}]) ;
for (var [c = keep("for-of var", function () { return "c"; })] of [[]]) ;
let d;
for ([d = keep("for-of assignment", function () { return "d"; })] of [[]]) ;
for (let [k = keep("for-in let", function () { return "k"; })] in { "": 1 }) ;
for (const { [keep("for-in computed key", () => "missing")()]: v = keep("for-in const", () => "v") } in { ab: 1 }) ;
for (var { e = keep("for-in var", function () { return "e"; }) } in { y: 1 }) ;
// A closure in the head that captures the loop's own binding, one per iteration.
for (let [i, get = keep("for-of capture " + i, () => i)] of [[1], [2]]) ;
outer: for (const [n = keep("labeled for-of, nested arrow", () => () => "n")] of [[]]) continue outer;
for (let j = 0, f = keep("for let capture", () => j); j < 1; j++) ;
// The same inside a function, where the loop's scope is not the script's.
function inside() {
  let g;
  for (let [_ = g = function () { return "inside"; }] of [[]]) ;
  return g;
}
keep("for-of let in a function", inside());
// The program.
let h;
for (let [_ = h = function () { return 1; }] of [[]]) ;
console.log(h());

for (const [label, fn] of made) {
  const r = fn();
  console.log(label, typeof r === "function" ? r() : r);
}

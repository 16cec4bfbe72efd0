// A function made in a let/const/var pattern default, in a block or a switch case, compiles lazily in that scope.
const made = [];
function keep(label, fn) { made.push([label, fn]); return fn; }

let [x = keep("let pattern", () => "x")] = [];
const { y = keep("const pattern", () => "y") } = {};
var [v = keep("var pattern", function () { return "v"; })] = [];
{ let [b = keep("block let pattern", () => "b")] = []; }
switch (1) { case 1: { let [z = keep("switch case pattern", () => "z")] = []; } }
switch (2) { case 2: const [s = keep("switch case const", () => () => "s")] = []; }

for (const [label, fn] of made) {
  const r = fn();
  console.log(label, typeof r === "function" ? r() : r);
}

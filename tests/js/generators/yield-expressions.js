// yield as an expression: its precedence, in arguments, conditionals, template literals, object literals, loops and as a statement without a value.
function* exprs() {
  const a = yield;
  console.log("a", a);
  const b = (yield "paren") + 1;
  console.log("b", b);
  console.log("arg", yield "in call");
  const c = (yield "test") ? yield "then" : yield "else";
  console.log("c", c);
  const o = { k: yield "prop", [yield "key"]: "v" };
  console.log(o);
  console.log(`t ${yield "template"} t`);
  let i = 0;
  while ((yield "loop " + i) !== "stop") i++;
  yield yield "nested";
  yield
  "same statement? no: ASI after a bare yield";
  return [yield "in array", yield "twice"];
}
const g = exprs();
let input = 0;
for (let s = g.next(); !s.done; s = g.next(s.value === "loop 2" ? "stop" : input++)) {
  console.log("yielded", s.value);
}
function* sums() {
  let total = 0;
  for (;;) {
    const v = yield total;
    if (v === undefined) return total;
    total += v;
  }
}
const s = sums();
s.next();
[1, 2, 3].forEach((v) => s.next(v));
console.log(s.next());

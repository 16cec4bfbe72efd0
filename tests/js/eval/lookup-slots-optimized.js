// Names a sloppy eval may bind are looked up by name; functions doing so are still hot code
// the optimizing tier compiles, and must keep seeing the eval's bindings in every tier.
eval("var fromEval = 3");
function hot(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += fromEval + Math.abs(-i);
  return s;
}
for (let k = 0; k < 30; k++) hot(1000);
console.log(hot(10), typeof fromEval);
function writer() {
  for (let i = 0; i < 2000; i++) {
    fromEval = i;
  }
  return fromEval;
}
console.log(writer(), writer(), fromEval);
// An eval that declares a var after the loop was optimized: later reads see it.
function later(declare) {
  var found = [];
  for (let i = 0; i < 3; i++) {
    found.push(typeof shadowMe);
    if (declare && i === 1) eval("var shadowMe = 1");
  }
  return found.join();
}
for (let k = 0; k < 20; k++) later(false);
console.log(later(false), later(true));
// A loop at the top level of indirect eval code (on-stack replacement of eval code).
(0, eval)("var total = 0; for (var j = 0; j < 100000; j++) total += j;");
console.log(total);

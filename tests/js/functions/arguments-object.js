// The arguments object: length and indices, mapped to the parameters in sloppy functions
// (writes go both ways), a plain copy in strict functions and functions with default or rest
// parameters, arrows seeing their enclosing function's arguments, and iteration.
function count() { return arguments.length; }
console.log(count(), count(1, 2, 3), count(undefined));
function alias(a, b) {
  arguments[0] = "changed";
  b = "param";
  return [a, arguments[1], arguments.length, arguments[2]];
}
console.log(alias(1, 2), alias(1));
function strictCopy(a) {
  "use strict";
  arguments[0] = "changed";
  return a;
}
console.log(strictCopy(1));
function withDefault(a = 0) { arguments[0] = 9; return a; }
console.log(withDefault(5));
function outer() { const inner = () => arguments[0] + arguments.length; return inner(100); }
console.log(outer(1, 2));
function sum() { let s = 0; for (const x of arguments) s += x; return s; }
console.log(sum(1, 2, 3), Array.prototype.slice.call((function () { return arguments; })(4, 5)));
function show() { return arguments; }
console.log(show(1, "a"), typeof show(), Object.prototype.toString.call(show()));
function shadow(arguments) { return arguments; }
console.log(shadow(7));

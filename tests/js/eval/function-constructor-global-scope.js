// A function made from strings is closed over the global scope, not the caller's: it does
// not see the locals of the function (or module) that called the constructor.
var moduleLocal = "module";
globalThis.shared = "global";
function outer() {
  const secret = 1;
  return Function("return typeof secret + ' ' + typeof moduleLocal + ' ' + shared")();
}
console.log(outer());
console.log(Function("return typeof require + ' ' + typeof module + ' ' + typeof exports")());
// Its own name is not bound inside it (it is not a named function expression).
console.log(Function("return typeof anonymous")());
// Sloppy: `this` of a plain call is the global object; strict: undefined.
console.log(Function("return this")() === globalThis);
console.log(Function("'use strict'; return this")());
console.log(Function("'use strict'; return typeof this")());
// Assignments to undeclared names inside it make globals.
Function("madeGlobal = 3")();
console.log(globalThis.madeGlobal);

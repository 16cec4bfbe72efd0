// Each of these calls eval indirectly: not by the plain name `eval`, so the code runs in the
// global scope (it does not see the caller's locals).
var moduleVar = "module";
globalThis.g = "global";
function f() {
  const local = "local";
  const e = eval;
  return [
    (0, eval)("typeof local + ' ' + typeof moduleVar + ' ' + g"),
    e("typeof local"),
    globalThis.eval("typeof local"),
    eval.call(null, "typeof local"),
    [eval][0]("typeof local"),
  ].join(" | ");
}
console.log(f());
// `this` of global code is the global object, in sloppy and in strict eval code.
console.log((0, eval)("this === globalThis"), (0, eval)("'use strict'; this === globalThis"));
console.log(typeof eval, eval.name, eval.length, Object.getOwnPropertyDescriptor(globalThis, "eval").enumerable);

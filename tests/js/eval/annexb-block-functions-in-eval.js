// Annex B.3.3 in code from strings: a sloppy block function of global eval code sets a global,
// of direct eval code a var of the caller; strict eval code keeps it in its block.
console.log((0, eval)("{ function f() { return 1; } } typeof f"), typeof f, globalThis.f && globalThis.f());
console.log((0, eval)("switch (1) { case 1: function g() {} } typeof g"), typeof g);
function outer() {
  eval("{ function h() { return 'h'; } }");
  return typeof h === "function" ? h() : typeof h;
}
console.log(outer(), typeof h);
function strictOuter() { "use strict"; eval("{ function k() {} }"); return typeof k; }
console.log(strictOuter());
console.log((0, eval)("'use strict'; { function m() {} } typeof m"), typeof m);

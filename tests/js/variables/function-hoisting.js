// Function declarations are hoisted with their body; function expressions assigned to var are not.
console.log(declared());
function declared() { return "declared works"; }
console.log(typeof expr);
try { expr(); } catch (e) { console.log(e.name, e.message); }
var expr = function () { return "expr works"; };
console.log(expr());
function outer() {
  return inner();
  function inner() { return "inner hoisted"; }
}
console.log(outer());
function dup() { return 1; }
console.log(dup());
function dup() { return 2; }

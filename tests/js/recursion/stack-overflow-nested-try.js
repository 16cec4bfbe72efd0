// Stack overflow caught deep inside nested try/catch frames: the nearest handler catches it.
var caughtAt = "none";
function recurse(n) {
  if (n === 50) {
    try { return infinite(); } catch (e) { caughtAt = "depth 50"; return e.message; }
  }
  return recurse(n + 1);
}
function infinite() { return 1 + infinite(); }
console.log(recurse(0), caughtAt);
function ctor() { new Ctor(); }
function Ctor() { ctor(); }
try { new Ctor(); } catch (e) { console.log("constructor recursion:", e instanceof RangeError, e.message); }

// return in finally overrides the try's return or a pending throw; the try's return value is computed first.
function a() { try { return "try"; } finally { return "finally"; } }
function b() { try { throw new Error("lost"); } finally { return "finally wins"; } }
function c() { try { throw new Error("x"); } catch (e) { return "catch"; } finally { return "finally"; } }
var counter = 0;
function d() { try { return counter; } finally { counter = 100; } }
function e() { var x = 1; try { return x; } finally { x = 2; } }
console.log(a(), b(), c(), d(), counter, e());
function f() {
  try { return "try"; }
  finally { try { throw new Error("in finally"); } catch (err) { console.log("handled:", err.message); } }
}
console.log(f());
function g() {
  try { throw new Error("first"); }
  finally { throw new Error("second"); }
}
try { g(); } catch (err) { console.log(err.message); }

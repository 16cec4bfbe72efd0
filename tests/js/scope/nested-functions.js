// Lexical scoping: inner functions see outer variables; lookups go outward through each level.
var level = "global";
function a() {
  var level = "a";
  function b() {
    function c() { return level; }
    return c();
  }
  return b();
}
console.log(a(), level);
function shadow(level) { return level; }
console.log(shadow("param"));
function counter() {
  var n = 0;
  function inc() { n++; }
  inc(); inc();
  return n;
}
console.log(counter());
var x = 1;
function readX() { return x; }
function callWithLocal() { var x = 2; return readX(); }
console.log(callWithLocal());

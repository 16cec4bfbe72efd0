// Nested try blocks, rethrowing, and exceptions propagating through several function frames.
function level3() { throw new RangeError("deep"); }
function level2() { level3(); }
function level1() {
  try { level2(); }
  catch (e) { console.log("level1 saw", e.name); throw e; }
}
try { level1(); } catch (e) { console.log("top caught", e.message, e instanceof RangeError); }
try {
  try { throw 1; }
  catch (e) { throw e + 1; }
} catch (e) { console.log("rethrown value", e); }
var result = (function () {
  try {
    try { throw "a"; }
    finally { console.log("inner finally"); }
  } catch (x) { return "outer caught " + x; }
})();
console.log(result);

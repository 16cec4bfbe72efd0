// finally runs after try and after catch, on normal exit, on throw and on return.
var log = [];
function f(mode) {
  try {
    log.push("try");
    if (mode === "throw") throw new Error("x");
    if (mode === "return") return "from try";
    log.push("try-end");
  } catch (e) {
    log.push("catch");
    return "from catch";
  } finally {
    log.push("finally");
  }
  return "after";
}
console.log(f("normal"), log.join(",")); log = [];
console.log(f("throw"), log.join(",")); log = [];
console.log(f("return"), log.join(",")); log = [];
try {
  try { throw new Error("inner"); }
  finally { console.log("inner finally runs before outer catch"); }
} catch (e) { console.log("outer caught", e.message); }

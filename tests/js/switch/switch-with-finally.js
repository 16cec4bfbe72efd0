// return and break inside switch inside try/finally run the finally block.
var log = [];
function f(x) {
  try {
    switch (x) {
      case 1: log.push("one"); return "r1";
      case 2: log.push("two"); break;
      default: throw new Error("bad " + x);
    }
    log.push("after switch");
    return "r2";
  } catch (e) {
    log.push("catch");
    return e.message;
  } finally {
    log.push("finally");
  }
}
console.log(f(1), f(2), f(3));
console.log(log.join(" "));

// The base is checked before the key is converted: a key's toString never runs
// when the base is null or undefined (ECMA-262 EvaluatePropertyAccessWithExpressionKey).
let calls = 0;
const key = { toString() { calls++; return "k"; } };
function attempt(label, f) {
  try { f(); console.log(label, "no error"); }
  catch (e) { console.log(label, e.constructor.name + ": " + e.message, "calls=" + calls); }
}
attempt("read null", () => null[key]);
attempt("read undefined", () => undefined[key]);
attempt("write null", () => { null[key] = 1; });
attempt("compound", () => { let o = null; o[key] += 1; });
attempt("update", () => { let o; o[key]++; });
attempt("string key", () => null["name"]);
attempt("number key", () => undefined[1.5]);
attempt("symbol key", () => null[Symbol("s")]);
attempt("error key", () => null[new RangeError("bad")]);
attempt("plain object key", () => null[{}]);
class C {}
attempt("class instance key", () => null[new C()]);
attempt("array key", () => null[[1, 2]]);
attempt("function key", () => null[function f(a) { return a; }]);
attempt("named write", () => { undefined.x = 1; });
let order = [];
attempt("order", () => { (order.push("base"), null)[(order.push("key"), key)]; });
console.log(order.join(","));

// ArraySetLength (§10.4.2.4): shrinking `length` deletes from the end and stops above the
// first element it cannot delete; the length ends one past it.
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
attempt("sloppy", () => {
  var a = [1, 2, 3, 4];
  Object.defineProperty(a, "1", { configurable: false });
  a.length = 0;
  return JSON.stringify(a) + " " + a.length;
});
attempt("strict", () => {
  "use strict";
  var a = [1, 2, 3, 4];
  Object.defineProperty(a, "1", { configurable: false });
  a.length = 0;
  return "not reached";
});
attempt("defineProperty", () => {
  var a = [1, 2, 3];
  Object.defineProperty(a, "2", { value: 3, configurable: false });
  Object.defineProperty(a, "length", { value: 1 });
  return "not reached";
});
attempt("Reflect.set-like via strict failure then state", () => {
  var a = [1, 2, 3];
  Object.defineProperty(a, "0", { configurable: false });
  try { (function () { "use strict"; a.length = 0; })(); } catch (e) { }
  return a.length + " " + JSON.stringify(a);
});
attempt("sealed with trailing hole", () => {
  var a = [1, 2, , ];
  Object.seal(a);
  a.length = 0;
  return a.length + " " + Object.isSealed(a);
});
attempt("sealed grows", () => {
  var a = Object.seal([1]);
  a.length = 3;
  return a.length;
});
attempt("frozen", () => {
  "use strict";
  var a = Object.freeze([1, 2]);
  a.length = 0;
});
attempt("configurable elements go", () => {
  var a = [1, 2, 3];
  Object.defineProperty(a, "5", { value: 6, configurable: true, writable: false });
  a.length = 2;
  return JSON.stringify(a) + " " + a.length;
});

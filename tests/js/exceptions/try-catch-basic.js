// throw/catch of any value: errors, strings, numbers, objects, null and undefined.
function attempt(v) {
  try { throw v; } catch (e) { return e; }
}
console.log(attempt("str"), attempt(42), attempt(null), attempt(undefined), attempt({ code: 7 }));
console.log(attempt(new Error("boom")).message, attempt([1, 2]).length);
try {
  console.log("before");
  throw new TypeError("bad type");
  console.log("never");
} catch (err) {
  console.log("caught", err.name, err.message, err instanceof TypeError, err instanceof Error);
}
console.log("after");

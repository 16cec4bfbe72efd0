// ?. on properties, brackets and calls; short-circuits the whole chain on null/undefined.
var o = { a: { b: { c: 42 } }, f: function () { return "called"; }, n: null, arr: [1, 2] };
console.log(o?.a?.b?.c, o.x?.y, o.n?.y, o.x?.y.z.w);
console.log(o?.["a"]?.["b"], o.arr?.[1], o.missing?.[0]);
console.log(o.f?.(), o.g?.(), o.n?.());
var u = null;
console.log(u?.a, u?.[0], u?.(), u?.a.b.c());
var evals = 0;
function key() { evals++; return "k"; }
console.log(u?.[key()], evals);
console.log((void 0)?.x ?? "fallback");
var s = "str";
console.log(s?.length, s?.charAt?.(1));

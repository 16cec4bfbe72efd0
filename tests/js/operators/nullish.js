// ?? only falls back on null/undefined, unlike ||; short-circuit; mixing requires parens.
console.log(null ?? "d", undefined ?? "d", 0 ?? "d", "" ?? "d", false ?? "d", NaN ?? "d");
var calls = 0;
function side() { calls++; return "side"; }
var r = 1 ?? side();
var r2 = null ?? side();
console.log(r, r2, calls);
console.log((null || 0) ?? "x", null ?? (0 || "y"), (0 && 1) ?? 5);
var o = { a: { b: null } };
console.log(o.a.b ?? "no b", o.a.c ?? "no c", o.x ?? o.a ?? "z");

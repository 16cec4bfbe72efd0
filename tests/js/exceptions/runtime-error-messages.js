// Messages of errors the engine itself throws (caught), as V8 words them.
function msg(f) { try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } }
var u, n = null, o = {}, num = 5;
console.log(msg(function () { return u.x; }));
console.log(msg(function () { return n.x; }));
console.log(msg(function () { return u[0]; }));
console.log(msg(function () { n.x = 1; }));
console.log(msg(function () { u.foo = 1; }));
console.log(msg(function () { num(); }));
console.log(msg(function () { o.missing(); }));
console.log(msg(function () { o.a.b; }));
console.log(msg(function () { notDefinedAnywhere; }));
console.log(msg(function () { notDefinedAnywhere(); }));
console.log(msg(function () { new num(); }));
console.log(msg(function () { new o(); }));
console.log(msg(function () { "a" in 1; }));
console.log(msg(function () { "a" in "str"; }));
console.log(msg(function () { ({}) instanceof 5; }));
console.log(msg(function () { const c = 1; c = 2; }));
console.log(msg(function () { tdz; let tdz = 1; }));
console.log(msg(function () { return n.x.y; }));
console.log(msg(function () { var s = "str"; s(); }));
console.log(msg(function () { u(); }));

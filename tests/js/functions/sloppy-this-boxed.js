// OrdinaryCallBindThis: sloppy functions see a primitive receiver wrapped in an object, undefined
// and null as the global object; strict functions see the receiver as given.
function f() { return typeof this; }
console.log(f.call("s"), f.call(1), f.call(true), f.call(undefined) , f.apply(2), Reflect.apply(f, 3, []), f.bind(4)());
var o = { m: f }; console.log(o.m());
String.prototype.me = function () { return typeof this; }; console.log("x".me());
Number.prototype.me = function () { "use strict"; return typeof this; }; console.log((5).me());
console.log([1].map(f, "q")[0]);
String.prototype.kind = function () { return typeof this + ":" + this.length; };
Number.prototype.twice = function () { return this * 2; };
function run(v) { return v.kind(); }
function num(n) { return n.twice(); }
let out = [];
for (let i = 0; i < 20000; i++) { out[i % 3] = run(i % 2 ? "ab" : "abc") + num(i); }
console.log(out.join(" "));
const holder = { f: function () { return this === holder; } };
function callIt(o) { return o.f(); }
let t = 0; for (let i = 0; i < 20000; i++) if (callIt(holder)) t++;
console.log(t);

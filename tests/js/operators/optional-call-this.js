// Optional calls keep the receiver as this: o.m?.() and o?.m() bind this to o.
var o = { name: "o", m: function () { return this.name; }, inner: { name: "inner", m: function () { return this.name; } } };
console.log(o.m?.(), o?.m(), o?.inner?.m(), o.inner.m?.(), o["m"]?.());
var missing = null;
console.log(missing?.m(), o.nope?.(), typeof o.nope?.());
var counter = { n: 0, inc() { this.n++; return this; } };
counter.inc?.().inc?.();
console.log(counter.n);

// this depends on the call form: method call, plain call (sloppy: global), new, nested functions.
var o = {
  v: 1,
  get: function () { return this.v; },
  inner: { v: 2, get: function () { return this.v; } }
};
console.log(o.get(), o.inner.get(), o["get"]());
var detached = o.get;
console.log(detached());
var o2 = { v: "two", get: o.get };
console.log(o2.get());
function Ctor(v) { this.v = v; }
var inst = new Ctor(5);
console.log(inst.v, inst);
function whoAmI() { return this === undefined ? "undefined" : typeof this; }
console.log(whoAmI(), o.who = whoAmI, o.who());

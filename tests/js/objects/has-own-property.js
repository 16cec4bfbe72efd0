// Object.prototype.hasOwnProperty distinguishes own from inherited properties.
function P() { this.own = 1; }
P.prototype.inherited = 2;
var p = new P();
console.log(p.hasOwnProperty("own"), p.hasOwnProperty("inherited"), p.hasOwnProperty("nope"));
console.log("own" in p, "inherited" in p);
var o = { u: undefined };
console.log(o.hasOwnProperty("u"), o.u === undefined, o.hasOwnProperty("v"));
var arr = [1, , 3];
console.log(arr.hasOwnProperty(0), arr.hasOwnProperty(1), arr.hasOwnProperty("2"), arr.hasOwnProperty("length"));
console.log({ 1: "x" }.hasOwnProperty(1), "str".hasOwnProperty("length"), "str".hasOwnProperty(0));
var shadow = { hasOwnProperty: function () { return "shadowed"; } };
console.log(shadow.hasOwnProperty("x"));
console.log(typeof Object.prototype.hasOwnProperty, {}.hasOwnProperty("hasOwnProperty"));

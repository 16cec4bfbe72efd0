// At the top level of a sloppy function, this is the global object; var in functions is local.
function sloppy() { return typeof this; }
console.log(sloppy());
var obj = { m: function () { return this === obj; } };
console.log(obj.m());
var m = obj.m;
console.log(m());
function setOnThis() { this.viaThis = "set"; }
setOnThis();
console.log(typeof viaThis, viaThis);

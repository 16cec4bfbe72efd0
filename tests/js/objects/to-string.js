// Object.prototype.toString and default string conversion of objects.
var o = {};
console.log(o.toString(), String(o), o + "");
console.log({ toString: function () { return "mine"; } } + "");
function P() {}
console.log(new P().toString());
console.log([1, 2].toString(), [].toString(), [[1, [2]], 3].toString());
console.log((123).toString(), (true).toString(), "s".toString());
var e = new Error("m");
console.log(e.toString());

// Builtin prototypes can be extended: methods added to Array/String/Object prototypes are visible.
String.prototype.shout = function () { return this.toUpperCase() + "!"; };
console.log("hello".shout());
Array.prototype.last = function () { return this[this.length - 1]; };
console.log([1, 2, 3].last());
var keys = [];
for (var k in [10]) keys.push(k);
console.log(keys);
Object.prototype.everywhere = "yes";
var o = {};
console.log(o.everywhere, [].everywhere, "everywhere" in o, o.hasOwnProperty("everywhere"));
delete Object.prototype.everywhere;
console.log(o.everywhere);
Number.prototype.double = function () { return this * 2; };
console.log((21).double());

// in checks own and inherited properties, array indices and works with string and number keys.
var o = { a: 1, undef: undefined };
console.log("a" in o, "b" in o, "undef" in o, "toString" in o, "hasOwnProperty" in o);
var arr = [10, , 30];
console.log(0 in arr, 1 in arr, 2 in arr, 3 in arr, "length" in arr, "0" in arr);
function F() {}
F.prototype.shared = 1;
var f = new F();
console.log("shared" in f, f.hasOwnProperty("shared"), "constructor" in f);
var key = "dyn";
o[key] = 1;
console.log(key in o, 1 in { 1: "x" }, "1" in { 1: "x" });
console.log(!("zzz" in o));

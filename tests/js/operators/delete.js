// delete removes own properties (returns true), also on arrays (leaves a hole), and is true for missing keys.
var o = { a: 1, b: 2, c: 3 };
console.log(delete o.a, o, "a" in o);
console.log(delete o["b"], o);
console.log(delete o.nothing, o);
var arr = [1, 2, 3];
console.log(delete arr[1], arr, arr.length, 1 in arr);
var proto = { inherited: 1 };
function F() { this.own = 2; }
F.prototype = proto;
var f = new F();
console.log(delete f.inherited, f.inherited, delete f.own, f.own);
console.log(delete 5, delete "x");
var x = 1;
globalThisFree();
function globalThisFree() { console.log(typeof x); }

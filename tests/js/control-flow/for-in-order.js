// for-in key order: integer-like keys ascending first, then string keys in insertion order.
var o = { b: 1, a: 2, 10: "ten", 2: "two", "-1": "neg", "01": "lead0", 1.5: "frac", z: 3 };
o[0] = "zero";
o.c = 4;
var keys = [];
for (var k in o) keys.push(k);
console.log(keys.join(" "));
var arr = ["x", "y"];
arr.extra = "e";
var ak = [];
for (var i in arr) ak.push(i + ":" + typeof i);
console.log(ak.join(" "));
var big = { 4294967295: "notIndex", 4294967294: "maxIndex", 9: "nine" };
var bk = [];
for (var k2 in big) bk.push(k2);
console.log(bk.join(" "));

// Operands and assignment targets are evaluated left to right, before the assignment happens.
var log = [];
function t(name, v) { log.push(name); return v; }
var r = t("a", 1) + t("b", 2) * t("c", 3);
console.log(r, log.join("")); log = [];
var o = {};
t("obj", o)[t("key", "k")] = t("val", 5);
console.log(o, log.join(",")); log = [];
var i = 0, arr = [];
arr[i++] = i;
arr[i++] = i;
console.log(arr, i);
var x = 1;
x = x++ + x;
console.log(x);
var y = 5;
y += (y = 10);
console.log(y);
var z = 2;
var w = z * (z = 3) + z;
console.log(w, z);
var calls = [];
function f(a, b, c) { return [a, b, c]; }
f(t("p1", 1), t("p2", 2), t("p3", 3));
console.log(log.join(" "));

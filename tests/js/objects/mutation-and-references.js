// Objects are shared by reference; copying a reference does not copy the object.
var a = { n: 1 };
var b = a;
b.n = 2;
console.log(a.n, a === b);
function mutate(o) { o.touched = true; o = { replaced: true }; return o; }
var r = mutate(a);
console.log(a, r);
var list = [a, a];
list[0].n = 99;
console.log(list[1].n);
var copy = {};
for (var k in a) copy[k] = a[k];
copy.n = 0;
console.log(a.n, copy.n, copy);

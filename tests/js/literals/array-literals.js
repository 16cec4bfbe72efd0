// Array literals: empty, nested, trailing comma, holes, and length with holes.
var a = [];
console.log(a, a.length);
var b = [1, 2, 3,];
console.log(b, b.length);
var c = [1, , 3];
console.log(c, c.length, c[1], 1 in c);
var d = [, , ,];
console.log(d, d.length);
var e = [[1, 2], [3, [4, 5]]];
console.log(e, e[1][1][0]);
var f = [1, "two", true, null, undefined, 3.5];
console.log(f);
var g = [, 1];
console.log(g, 0 in g, 1 in g);
console.log([undefined], [null], [[]], [{}]);

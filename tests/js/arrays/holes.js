// Holes: printed as <N empty items>, read as undefined, not "in", skipped by for-in but not for-of.
var a = [1, , , 4, , 6];
console.log(a, a.length, a[1], 1 in a);
var b = new Array(5);
console.log(b, b.length, b[0]);
var c = Array(3);
console.log(c);
var d = Array(1, 2, 3);
console.log(d, Array("3"), new Array(2, 3), Array(0));
var e = [];
e[3] = "x";
e[7] = "y";
console.log(e);
var f = [undefined, , undefined];
console.log(f, 0 in f, 1 in f);
console.log(a.join("-"), b.join(), String([, ,]), [null, undefined].join());
var g = [1, 2, 3];
delete g[0];
console.log(g);

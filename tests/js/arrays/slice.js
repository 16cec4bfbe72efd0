// slice with positive, negative, missing and out-of-range indices; returns a shallow copy.
var a = [0, 1, 2, 3, 4, 5];
console.log(a.slice(), a.slice(2), a.slice(2, 4), a.slice(-2), a.slice(-4, -1));
console.log(a.slice(4, 2), a.slice(10), a.slice(-100, 2), a.slice(1.7, 3.2));
var copy = a.slice();
copy[0] = "changed";
console.log(a[0], copy[0], copy === a);
var objs = [{ n: 1 }];
var shallow = objs.slice();
shallow[0].n = 2;
console.log(objs[0].n);
console.log([1, , 3].slice(0, 2));

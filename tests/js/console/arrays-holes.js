// Holes print as <1 empty item> / <N empty items>, consecutive holes are merged.
console.log([, 1], [1, ,], [1, , 2], [, , , 1, , , 2, ,]);
console.log(new Array(1), new Array(7), new Array(200));
var a = [];
a[5] = 5;
a[10] = 10;
console.log(a);
var b = [1, 2, 3, 4, 5, 6, 7, 8];
delete b[2]; delete b[3]; delete b[6];
console.log(b);

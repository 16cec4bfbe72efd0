// indexOf uses strict equality, supports fromIndex (incl. negative), and never finds NaN.
var a = [1, "1", 2, 1, NaN, null, undefined, -0];
console.log(a.indexOf(1), a.indexOf("1"), a.indexOf(1, 1), a.indexOf(1, -5), a.indexOf(3));
console.log(a.indexOf(NaN), a.indexOf(null), a.indexOf(undefined), a.indexOf(0), a.indexOf(-0));
var o = {};
var b = [{}, o];
console.log(b.indexOf(o), b.indexOf({}));
var holes = [, undefined];
console.log(holes.indexOf(undefined));
console.log([].indexOf(1), [1, 2, 3].indexOf(3, 100), [1, 2, 3].indexOf(1, -100));

// ++/-- work on doubles, strings (coerced), and produce NaN for non-numeric values.
var a = 1.5; a++; console.log(a);
var b = "5"; b++; console.log(b, typeof b);
var c = "abc"; c--; console.log(c);
var d = null; d++; console.log(d);
var e; e++; console.log(e);
var f = true; f += 1; console.log(f);
var g = 2 ** 53; g++; console.log(g === 2 ** 53);
var h = "5"; var r = h++; console.log(r, typeof r, h);
var m = -0; m++; m--; console.log(m, 1 / m);

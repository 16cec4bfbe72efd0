// Math.round/floor/ceil/trunc/sign including halves, negatives, -0 results and non-numbers.
var vals = [2.5, -2.5, 3.5, -3.5, 2.4, -2.6, 0.49999999999999994, -0.5, 0.5, -0.4];
var out = [];
for (var i = 0; i < vals.length; i++) out.push(Math.round(vals[i]));
console.log(out);
console.log(Math.floor(1.9), Math.floor(-1.1), Math.ceil(1.1), Math.ceil(-1.9), Math.ceil(-0.5));
console.log(Math.trunc(4.7), Math.trunc(-4.7), Math.trunc(-0.2), Math.trunc("12.9"));
console.log(Math.sign(5), Math.sign(-5), Math.sign(0), Math.sign(-0), Math.sign("-3"), Math.sign(NaN));
console.log(Math.round("2.5"), Math.floor(null), Math.ceil(undefined), Math.round([]), Math.round(true));
console.log(Math.round(1e21), Math.floor(-Infinity), Math.round(2 ** 52 + 0.5));
console.log(1 / Math.round(-0.5), 1 / Math.ceil(-0.5), 1 / Math.floor(-0));

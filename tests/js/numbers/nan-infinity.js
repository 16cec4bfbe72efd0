// NaN and Infinity arithmetic, comparison, propagation and printing.
console.log(NaN, Infinity, -Infinity);
console.log(typeof NaN, typeof Infinity);
console.log(NaN === NaN, NaN !== NaN, NaN == NaN, NaN < 1, NaN > 1, NaN <= NaN);
console.log(0 / 0, 1 / 0, -1 / 0, Infinity - Infinity, Infinity * 0);
console.log(Infinity + 1, Infinity / Infinity, -Infinity * -1, 1 / Infinity, 1 / -Infinity);
console.log(isNaN(NaN), isNaN("abc"), isNaN("12"), isFinite(Infinity), isFinite("5"));
console.log(NaN + "", Infinity + "", -Infinity + "");
console.log([NaN, Infinity, -Infinity]);
console.log(Math.max(NaN, 1), Math.min(Infinity, 5), Infinity > 1e308);
var x = NaN;
console.log(x !== x ? "x is NaN" : "x is a number");
console.log(1.7976931348623157e308 * 2, -1.7976931348623157e308 * 2, 5e-324 / 2);

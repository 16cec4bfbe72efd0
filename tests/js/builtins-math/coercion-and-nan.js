// Math functions coerce their arguments with ToNumber and propagate NaN.
console.log(Math.sqrt("16"), Math.abs("-2.5"), Math.floor("7.9"), Math.max("10", "9"));
console.log(Math.sqrt(), Math.abs(), Math.floor({}), Math.ceil([]), Math.round([2.5]));
console.log(Math.pow("2", "3"), Math.min(null, 5), Math.cos(false), Math.exp(""));
var v = { valueOf: function () { return 9; } };
console.log(Math.sqrt(v), Math.max(v, 8), Math.hypot(v, 12));

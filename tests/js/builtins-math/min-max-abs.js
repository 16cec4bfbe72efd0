// Math.min/max with no args, NaN, -0/+0 ordering and coercion; Math.abs.
console.log(Math.max(), Math.min(), Math.max(1, 3, 2), Math.min(1, 3, 2));
console.log(Math.max(1, NaN, 3), Math.min(NaN), Math.max("7", 2), Math.min("a", 1));
console.log(1 / Math.max(-0, 0), 1 / Math.max(0, -0), 1 / Math.min(0, -0), 1 / Math.min(-0, 0));
console.log(Math.max(-Infinity, -1e308), Math.min(Infinity, 1e308), Math.max(null, -1), Math.min(undefined, 1));
console.log(Math.abs(-5), Math.abs(5), Math.abs(-0), Math.abs("-3"), Math.abs(null), Math.abs("x"), Math.abs(-Infinity));
console.log(Math.max([1]), Math.max([1, 2]), Math.max(true, false));

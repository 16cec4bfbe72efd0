// "not a Number": scale(x) warmed up on fractions multiplies float64s; undefined fails
// CheckedNumberToFloat64 and the interpreter makes NaN of it.
function scale(x) { return x * 1.5; }
%PrepareFunctionForOptimization(scale);
console.log(scale(0.5), scale(2.25));
%OptimizeFunctionOnNextCall(scale);
console.log(scale(4.5));
console.log(scale(undefined));
console.log(scale(true));

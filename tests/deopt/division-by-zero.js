// "division by zero": ratio(a, b) warmed up on exact small-integer quotients divides int32s;
// a zero divisor fails the check and the interpreter returns Infinity.
function ratio(a, b) { return a / b; }
%PrepareFunctionForOptimization(ratio);
console.log(ratio(6, 3), ratio(-8, 2));
%OptimizeFunctionOnNextCall(ratio);
console.log(ratio(9, 3));
console.log(ratio(1, 0));
console.log(ratio(10, 5));

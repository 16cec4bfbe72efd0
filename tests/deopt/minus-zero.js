// "minus zero": times(a, b) warmed up on small integers multiplies int32s; 0 * -5 is -0, which
// no int32 can hold, so Int32MultiplyWithOverflow fails and the interpreter returns -0.
function times(a, b) { return a * b; }
%PrepareFunctionForOptimization(times);
console.log(times(2, 3), times(-4, 5));
%OptimizeFunctionOnNextCall(times);
console.log(times(6, 7));
console.log(Object.is(times(0, -5), -0));
console.log(times(8, 9));

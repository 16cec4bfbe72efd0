// "lost precision": half(a) warmed up on even numbers divides int32s exactly; 7 / 2 has a
// fraction no int32 holds, so Int32DivideWithOverflow fails and the interpreter returns 3.5.
function half(a) { return a / 2; }
%PrepareFunctionForOptimization(half);
console.log(half(4), half(-10));
%OptimizeFunctionOnNextCall(half);
console.log(half(12));
console.log(half(7));
console.log(half(14));

// "overflow": next(i) warmed up on small integers increments an int32; the largest int32 plus
// one is no int32, so Int32AddWithOverflow fails and the interpreter returns the double.
function next(i) { return i + 1; }
%PrepareFunctionForOptimization(next);
console.log(next(1), next(2));
%OptimizeFunctionOnNextCall(next);
console.log(next(41));
console.log(next(2147483647));
console.log(next(-2147483648));

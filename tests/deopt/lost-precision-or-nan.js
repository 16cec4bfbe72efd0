// "lost precision or NaN": at(a, x) indexes with x * 0.5, a float64 (its feedback is Number);
// the element load needs an int32 index, so the optimized code narrows the double with a check.
// 2.5 is no int32: the check fails and the interpreter reads a["2.5"] (undefined).
function at(a, x) { return a[x * 0.5]; }
const a = [10, 20, 30, 40];
%PrepareFunctionForOptimization(at);
console.log(at(a, 1.0 * 2), at(a, 4.5 - 0.5));
%OptimizeFunctionOnNextCall(at);
console.log(at(a, 6));
console.log(at(a, 5));
console.log(at(a, 0));

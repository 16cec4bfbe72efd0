// "hole": at(a, i) loads elements of a holey array; an index whose element was never set holds
// the hole, so the optimized load deopts and the interpreter looks the element up (undefined).
function at(a, i) { return a[i]; }
const a = [1, , 3];
%PrepareFunctionForOptimization(at);
console.log(at(a, 0), at(a, 2));
%OptimizeFunctionOnNextCall(at);
console.log(at(a, 0));
console.log(at(a, 1));
console.log(at(a, 2));

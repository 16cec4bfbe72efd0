// "out of bounds": at(a, i) saw indexes inside one array kind, so the optimized load checks the
// index against the length; one past the end fails and the interpreter answers undefined.
function at(a, i) { return a[i]; }
const a = [10, 20, 30];
%PrepareFunctionForOptimization(at);
console.log(at(a, 0), at(a, 1));
%OptimizeFunctionOnNextCall(at);
console.log(at(a, 2));
console.log(at(a, 3));
console.log(at(a, 1));

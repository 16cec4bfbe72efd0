// "wrong call target": apply(f, x) saw one callee, so the optimized call checks it is that one
// (CheckValue); another function fails the check.
function double(x) { return x * 2; }
function negate(x) { return -x; }
function apply(f, x) { return f(x); }
%PrepareFunctionForOptimization(apply);
console.log(apply(double, 1), apply(double, 2));
%OptimizeFunctionOnNextCall(apply);
console.log(apply(double, 3));
console.log(apply(negate, 4));
console.log(apply(double, 5));

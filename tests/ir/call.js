// filter: twice
// flags: --no-turbo-inlining
// A call of a function argument that was always the same closure: CheckValue pins the target.
function inc(x) { return x + 1; }
function twice(f, x) { return f(f(x)); }
%PrepareFunctionForOptimization(twice);
console.log(twice(inc, 1), twice(inc, 2));
%OptimizeFunctionOnNextCall(twice);
console.log(twice(inc, 3));

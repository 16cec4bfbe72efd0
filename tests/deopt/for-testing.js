// flags: --deopt-every-n-times=3
// "for testing": --deopt-every-n-times=3 makes every third check of optimized code deopt, though
// nothing failed; each deopt resumes in the interpreter with the same result.
function add(a, b) { return a + b; }
%PrepareFunctionForOptimization(add);
console.log(add(1, 2));
%OptimizeFunctionOnNextCall(add);
console.log(add(3, 4));
console.log(add(5, 6));

// A deopt three frames deep: middle and inner are inlined into outer (and inner into middle).
// inner's Smi add meets a double, so the deopt rebuilds inner, middle and outer, innermost
// first; inner runs to its end in the interpreter and each caller resumes after its call with
// the callee's result (middle's `r * 2`, outer's `m + 1` get the right values).
function inner(x, y) { return x + y; }
function middle(x) { const r = inner(x, 1); return r * 2; }
function outer(x) { const m = middle(x); return m + 1; }
%PrepareFunctionForOptimization(outer);
console.log(outer(1), outer(2));
%OptimizeFunctionOnNextCall(outer);
console.log(outer(3));
console.log(outer(1.5));
console.log(outer(4));

// filter: fill
// Stores of booleans into a fresh `new Array(n)`, which starts HOLEY_SMI_ELEMENTS: the store
// site saw its stores transition arrays, so the code transitions them itself
// (TransitionElementsKind) before CheckElementsKind, and fills holes in place while the array
// may take them (CheckHoleFillable) rather than deoptimizing on each hole.
function fill(n) { const a = new Array(n); for (let i = 0; i < n; i++) a[i] = i % 3 === 0; return a; }
%PrepareFunctionForOptimization(fill);
console.log(fill(4).join(), fill(2).join());
%OptimizeFunctionOnNextCall(fill);
console.log(fill(5).join());

// filter: sum
// A loop over a packed double array: CheckElementsKind + CheckBounds + LoadFixedDoubleArrayElement, an unboxed
// float64 added to a float64 phi.
function sum(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
%PrepareFunctionForOptimization(sum);
console.log(sum([0.5, 1.5]), sum([2.5, 3.5, 4.5]));
%OptimizeFunctionOnNextCall(sum);
console.log(sum([0.25, 0.5, 0.75]));

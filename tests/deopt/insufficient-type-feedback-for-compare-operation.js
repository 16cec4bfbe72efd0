// "Insufficient type feedback for compare operation": below(check, a, b) never compared while
// warming up, so the optimized code ends at the TestLessThan in an unconditional Deopt.
function below(check, a, b) {
  if (check) return a < b;
  return 'unchecked';
}
%PrepareFunctionForOptimization(below);
console.log(below(false, 1, 2), below(false, 3, 4));
%OptimizeFunctionOnNextCall(below);
console.log(below(false, 5, 6));
console.log(below(true, 7, 8));

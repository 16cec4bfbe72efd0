// "Insufficient type feedback for binary operation": sum(both, a, b) never added while warming
// up, so the optimized code ends at the Add in an unconditional Deopt.
function sum(both, a, b) {
  if (both) return a + b;
  return a;
}
%PrepareFunctionForOptimization(sum);
console.log(sum(false, 1, 2), sum(false, 3, 4));
%OptimizeFunctionOnNextCall(sum);
console.log(sum(false, 5, 6));
console.log(sum(true, 7, 8));

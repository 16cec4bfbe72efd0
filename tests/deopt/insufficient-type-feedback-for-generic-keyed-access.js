// "Insufficient type feedback for generic keyed access": element(read, a, i) never loaded a[i]
// while warming up, so the optimized code ends at the GetKeyedProperty in an unconditional Deopt.
function element(read, a, i) {
  if (read) return a[i];
  return 'unread';
}
%PrepareFunctionForOptimization(element);
console.log(element(false, null, 0), element(false, null, 0));
%OptimizeFunctionOnNextCall(element);
console.log(element(false, null, 0));
console.log(element(true, [10, 20, 30], 1));

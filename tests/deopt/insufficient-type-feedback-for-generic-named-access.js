// "Insufficient type feedback for generic named access": field(read, o) never loaded o.x while
// warming up, so the optimized code ends at the GetNamedProperty in an unconditional Deopt.
function field(read, o) {
  if (read) return o.x;
  return 'unread';
}
%PrepareFunctionForOptimization(field);
console.log(field(false, null), field(false, null));
%OptimizeFunctionOnNextCall(field);
console.log(field(false, null));
console.log(field(true, {x: 42}));

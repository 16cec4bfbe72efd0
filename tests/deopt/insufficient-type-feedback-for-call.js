// "Insufficient type feedback for call": maybeCall(run, f) never ran its call while warming up,
// so the optimized code ends there in an unconditional Deopt; the interpreter makes the call.
function maybeCall(run, f) {
  if (run) return f();
  return 'skipped';
}
%PrepareFunctionForOptimization(maybeCall);
console.log(maybeCall(false, null), maybeCall(false, null));
%OptimizeFunctionOnNextCall(maybeCall);
console.log(maybeCall(false, null));
console.log(maybeCall(true, () => 'called'));

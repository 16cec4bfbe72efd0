// %GetOptimizationStatus sees a function's activations on the stack: kIsExecuting, and
// kTopmostFrameIsInterpreted when its innermost activation runs in the interpreter. Asked by a
// helper the function calls, before and after the function is optimized (node 20 agrees; under
// --no-opt, tier-status-executing.no-opt.out, it stays interpreted).
const kIsExecuting = 1 << 11, kTopmostFrameIsInterpreted = 1 << 16;
let target;
function frameOf(f) {
  const s = %GetOptimizationStatus(f);
  if (!(s & kIsExecuting)) return 'not executing';
  return (s & kTopmostFrameIsInterpreted) ? 'executing, interpreted' : 'executing, optimized';
}
function report() { return frameOf(target); }
%NeverOptimizeFunction(report);

function work(n) { return report() + ' (' + (n + 1) + ')'; }
target = work;
console.log('outside:', frameOf(work));
%PrepareFunctionForOptimization(work);
console.log(work(1));
console.log(work(2));
%OptimizeFunctionOnNextCall(work);
console.log(work(3));
console.log('outside again:', frameOf(work));

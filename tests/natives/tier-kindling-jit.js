// Kindling's own tier query, %ActiveTierIsKindlingJit(f) (node has none: this .out is checked by
// hand), through the cases node's %ActiveTierIsTurbofan answers the same way: optimized on request,
// back to the interpreter after a failed check (the code is marked for deoptimization until the
// next call drops it: kMarkedForDeoptimization, 16384), and never after %NeverOptimizeFunction.
const kOptimized = 16, kMarkedForDeoptimization = 1 << 14;
function inc(x) { return x + 1; }
%PrepareFunctionForOptimization(inc);
console.log(inc(1), %ActiveTierIsKindlingJit(inc));
%OptimizeFunctionOnNextCall(inc);
console.log(inc(2), %ActiveTierIsKindlingJit(inc));
console.log(inc('a'), %ActiveTierIsKindlingJit(inc));
const s = %GetOptimizationStatus(inc);
console.log('marked for deoptimization:', (s & kMarkedForDeoptimization) !== 0, 'optimized:', (s & kOptimized) !== 0);
console.log(inc(3), 'after the next call:', (%GetOptimizationStatus(inc) & kMarkedForDeoptimization) !== 0);

function dec(x) { return x - 1; }
%NeverOptimizeFunction(dec);
console.log(dec(1));
%OptimizeFunctionOnNextCall(dec);
console.log(dec(2), %ActiveTierIsKindlingJit(dec), %ActiveTierIsIgnition(dec));

// V8's optional mode arguments are accepted and ignored: the compile is synchronous.
function twice(x) { return 2 * x; }
%PrepareFunctionForOptimization(twice, 'allow heuristic optimization');
console.log(twice(1));
%OptimizeFunctionOnNextCall(twice, 'concurrent');
console.log(twice(2), %ActiveTierIsKindlingJit(twice));

// %GetOptimizationStatus through a function's life, as node 20 sets the bits: lazy until first
// compiled, interpreted, marked by %OptimizeFunctionOnNextCall, optimized by its next call,
// interpreted again after %DeoptimizeFunction. Under --no-opt (tier-status-lifecycle.no-opt.out)
// the engine bit kNeverOptimize is set and nothing is ever marked or optimized.
const kIsFunction = 1, kNeverOptimize = 2, kOptimized = 16, kInterpreted = 128;
const kMarkedForOptimization = 256, kIsLazy = 1 << 18;
function bits(f) {
  const s = %GetOptimizationStatus(f);
  const names = [];
  if (s & kIsFunction) names.push('function');
  if (s & kNeverOptimize) names.push('never-optimize');
  if (s & kIsLazy) names.push('lazy');
  if (s & kInterpreted) names.push('interpreted');
  if (s & kMarkedForOptimization) names.push('marked');
  if (s & kOptimized) names.push('optimized');
  return names.join(' ');
}

function add(a, b) { return a + b; }
console.log('declared:', bits(add));
%PrepareFunctionForOptimization(add);
console.log('prepared:', bits(add));
console.log(add(1, 2), add(3, 4));
console.log('warmed up:', bits(add));
%OptimizeFunctionOnNextCall(add);
console.log('requested:', bits(add));
console.log(add(5, 6));
console.log('called:', bits(add));
%OptimizeFunctionOnNextCall(add);
console.log('requested again (already optimized, nothing to do):', bits(add));
%DeoptimizeFunction(add);
console.log('deoptimized:', bits(add));
console.log(add(7, 8));
console.log('called again:', bits(add));

// Never called, then requested: its first call compiles it.
function never(x) { return x; }
%OptimizeFunctionOnNextCall(never);
console.log('requested before any call:', bits(never));

// undefined asks for the engine bits only; a builtin is a function and nothing more.
console.log('undefined is a function:', (%GetOptimizationStatus(undefined) & kIsFunction) !== 0);
console.log('Math.max:', bits(Math.max));

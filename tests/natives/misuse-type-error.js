// Natives misused at run time throw a TypeError (V8 aborts; Kindling never crashes).
console.log(%HasFastProperties({}));
try {
  %HasFastProperties(42);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
try {
  %GetFeedback(Math.max);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
// The tiering natives want a function with bytecode (V8 aborts: "Check failed: v8_flags.fuzzing").
for (const misuse of [() => %OptimizeFunctionOnNextCall(1), () => %PrepareFunctionForOptimization({}),
                      () => %DeoptimizeFunction(Math.max), () => %NeverOptimizeFunction('f'),
                      () => %GetOptimizationStatus(null), () => %ActiveTierIsKindlingJit(undefined),
                      () => %OptimizeFunctionOnNextCall(), () => %PrepareFunctionForOptimization(Math.max, 1, 2)]) {
  try {
    misuse();
  } catch (e) {
    console.log(e instanceof TypeError, e.message);
  }
}

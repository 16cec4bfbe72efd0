// A sloppy callee called directly with an undefined receiver sees the global object, as when
// it is called through the generic call.
function self() { return this === globalThis; }
function caller() { return self(); }
%PrepareFunctionForOptimization(caller);
console.log(caller());
%OptimizeFunctionOnNextCall(caller);
console.log(caller());

// filter: magnitude
// An inlined call: sign is small, so magnitude's call of it becomes a CheckValue pinning sign,
// then sign's body between EnterInlinedFrame (the frame stack traces see) and
// LeaveInlinedFrame, its two returns joined by a phi in the continuation block. sign's compare
// carries sign's state with magnitude's state after the call as its outer, so a deopt there
// rebuilds both frames.
function sign(x) { if (x < 0) return -1; return 1; }
function magnitude(x) { return sign(x) * x; }
%PrepareFunctionForOptimization(magnitude);
console.log(magnitude(-3), magnitude(4));
%OptimizeFunctionOnNextCall(magnitude);
console.log(magnitude(-5), magnitude(6));

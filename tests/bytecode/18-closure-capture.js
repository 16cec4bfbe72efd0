// A captured parameter lives in a function context: CreateFunctionContext, PushContext, StaCurrentContextSlot [2].
function test(a) { return function inner() { return a; }; }
test(1)();

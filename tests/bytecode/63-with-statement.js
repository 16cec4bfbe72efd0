// A with statement (V8's shape): ToObject and CreateWithContext, the body between PushContext
// and PopContext; every name resolved through it is a lookup by name (LdaLookupSlot,
// StaLookupSlot, ...InsideTypeof), x lives in the function's Context so the lookup can find
// it, and a call gets its callee and receiver from CallRuntimeForPair [LoadLookupSlotForCall].
function test(o) {
  var x = 1;
  with (o) {
    x = y + 1;
    g();
    typeof z;
  }
  return x;
}
test({ y: 2, g() {} });

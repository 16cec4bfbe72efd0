// The inner function reads its outer context: LdaImmutableCurrentContextSlot / LdaContextSlot.
// filter: inner
function outer(a) { const k = a; return function inner() { return k + a; }; }
outer(1)();

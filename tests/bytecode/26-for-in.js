// for-in: ForInEnumerate, ForInPrepare, ForInContinue, ForInNext, ForInStep.
function test(o) { let n = 0; for (const k in o) { n++; } return n; }
test({a: 1});

// A generator's parameters may not yield (ECMA-262 §15.5.1).
function* g(a = yield 1) {}

// for-of: GetIterator, next(), done/value.
function test(a) { let s = 0; for (const x of a) { s += x; } return s; }
test([1, 2]);

// A let local in a register; short Star.
function test(a, b) { let c = a * b; return c - 2; }
test(2, 3);

// Binary operator with feedback: Add a0, [0].
function test(a, b) { return a + b; }
test(1, 2);

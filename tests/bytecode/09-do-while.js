// do-while: body, test, JumpLoop.
function test(n) { let i = 0; do { i++; } while (i < n); return i; }
test(3);

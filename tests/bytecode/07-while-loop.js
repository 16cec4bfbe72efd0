// while loop: JumpIfFalse forward, JumpLoop back.
function test(n) { let s = 0; while (n > 0) { s += n; n--; } return s; }
test(3);

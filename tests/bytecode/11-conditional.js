// The conditional operator.
function test(a) { return a ? 1 : 2; }
test(true);

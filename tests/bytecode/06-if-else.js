// if/else as a test context: TestLessThan then JumpIfFalse, no boolean materialized.
function test(a, b) { if (a < b) { return a; } else { return b; } }
test(1, 2);

// && || ?? for value: JumpIfToBooleanFalse/True, JumpIfUndefinedOrNull.
function test(a, b, c) { return (a && b) || (c ?? 5); }
test(1, 2, 3);

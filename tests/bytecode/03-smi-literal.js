// Smi right operand: AddSmi [1], [0].
function test(a) { return a + 1; }
test(1);

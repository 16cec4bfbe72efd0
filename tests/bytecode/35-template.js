// Template literal: ToString and Add.
function test(a, b) { return `x${a}y${b}`; }
test(1, 2);

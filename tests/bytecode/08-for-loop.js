// for loop with let counter in a register.
function test(n) { let s = 0; for (let i = 0; i < n; i++) { s += i; } return s; }
test(3);

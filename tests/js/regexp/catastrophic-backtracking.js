// /(a+)+$/ on a's then 'b' backtracks exponentially (2^n ways to split the a's), in V8's
// backtracking engine as in Kindling's: no step limit by default, so it finishes, slowly.
// n = 16 keeps the test quick; docs/regexp.md says what happens at n = 30.
const re = /(a+)+$/;
for (const n of [4, 8, 12, 16]) {
  console.log(n, re.test('a'.repeat(n) + 'b'), re.test('a'.repeat(n)));
}

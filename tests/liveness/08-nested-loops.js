// Nested loops: the outer loop's assignments include the inner loop's; the inner loop does not assign `i`.
function test(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      s += j;
    }
  }
  return s;
}
test(3);

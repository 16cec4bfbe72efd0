// A while loop: `i` and `s` are assigned in the loop (phis at the header), `n` is live but never assigned.
function test(n) {
  let s = 0;
  let i = 0;
  while (i < n) {
    s = s + i;
    i++;
  }
  return s;
}
test(3);

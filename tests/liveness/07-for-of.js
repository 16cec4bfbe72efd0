// for-of: the iterator and its next method are live around the loop; the loop assigns the element register.
// r7, the exception the finally rethrows, is live from entry: the normal path never writes it.
function test(xs) {
  let s = 0;
  for (const x of xs) {
    s += x;
  }
  return s;
}
test([1, 2]);

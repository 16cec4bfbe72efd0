// if/else: both arms join; `b` is live into the test because only the else arm reads it.
function test(a, b) {
  let r;
  if (a > 0) {
    r = a;
  } else {
    r = b;
  }
  return r;
}
test(1, 2);
test(-1, 2);

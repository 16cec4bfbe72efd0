// Straight-line code: a parameter is live until its last read, a temporary from its write to its read.
function test(a, b) {
  let t = a * 2;
  return t + b;
}
test(1, 2);

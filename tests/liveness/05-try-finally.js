// try/finally: the token's SwitchOnSmiNoFeedback targets are successors; the result register lives through the finally.
function test(f, g) {
  try {
    return f();
  } finally {
    g();
  }
}
test(() => 1, () => 2);

// try/catch: what the handler reads (`a`) and its context register are live throughout the try range.
function test(f, a) {
  try {
    return f();
  } catch (e) {
    return a;
  }
}
test(() => 1, 2);

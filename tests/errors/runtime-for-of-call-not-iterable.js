// for-of over a call whose result is not iterable: node names the callee, not the call.
const shapes = { list() { return 5; } };
for (const s of shapes.list()) {
  console.log(s);
}

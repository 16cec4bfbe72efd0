// An exception thrown by a generator's body leaves through next(), with both frames in the stack.
function* g(n) {
  yield n;
  throw new RangeError("generator failed at " + n);
}
const it = g(3);
console.log(it.next());
it.next();

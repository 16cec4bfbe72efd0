// A generator that resumes itself while it runs throws node's TypeError, with the generator's frames in the stack.
function* g() {
  yield 1;
  it.next();
}
const it = g();
it.next();
it.next();

// throw() into a generator that has not started closes it and throws the value at the caller.
function* g() {
  try {
    yield 1;
  } catch (e) {
    console.log("not reached: the generator never started");
  }
}
const it = g();
it.throw(new Error("thrown into a new generator"));

// An async generator throwing into a request nobody handles.
async function* g() {
  yield 1;
  throw new RangeError('generator gave up');
}
const it = g();
it.next().then((r) => console.log(r));
it.next();

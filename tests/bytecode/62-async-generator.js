// An async generator: [_AsyncGeneratorEnter] and the initial suspend, inside the try whose
// handler rejects the current request; a yield is [_AsyncGeneratorYieldWithAwait] and a suspend
// whose return mode awaits the value before returning; an await as in an async function; the
// end resolves the request with done true ([_AsyncGeneratorResolve]).
async function* test(p) {
  const x = yield p;
  await x;
}
test(1).next();

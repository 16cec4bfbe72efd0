// An async function (V8's lowering): [_AsyncFunctionEnter] makes the object holding the promise,
// the body runs inside a try whose handler rejects it ([_AsyncFunctionReject]); each await is
// [_AsyncFunctionAwait...] and a suspend point whose resume-mode dispatch rethrows a rejection;
// a return resolves the promise ([_AsyncFunctionResolve]) and returns it.
async function test(p) {
  const x = await p;
  try {
    return x + await 1;
  } catch (e) {
    return 0;
  }
}
test(1);

// yield* in an async generator delegates to another async generator and to a sync iterable;
// the delegate's return value is the yield* expression's value; return() passes through.
async function* inner() {
  try {
    yield 'i1';
    yield 'i2';
    return 'inner result';
  } finally {
    console.log('inner finally');
  }
}
async function* outer() {
  const r = yield* inner();
  console.log('yield* gave', r);
  yield* ['s1', Promise.resolve('s2')];
  yield 'last';
}
async function main() {
  const seen = [];
  for await (const v of outer()) seen.push(v);
  console.log(seen);
  const o = outer();
  console.log(await o.next());
  console.log(await o.return('stopped'));
  console.log(await o.next());
}
main();

// An exception in an async generator rejects the pending request and closes it; a rejected
// yield operand is thrown at the yield; requests after the end answer done.
async function* failing() {
  yield 1;
  throw new Error('generator failed');
}
async function* rejectedYield() {
  try {
    yield Promise.reject(new Error('operand rejected'));
  } catch (e) {
    console.log('caught at yield:', e.message);
    yield 'after';
  }
}
async function main() {
  const f = failing();
  console.log(await f.next());
  try { await f.next(); } catch (e) { console.log('rejected:', e.message); }
  console.log(await f.next());
  const r = rejectedYield();
  console.log(await r.next());
  console.log(await r.next());
  try {
    for await (const v of failing()) console.log('loop got', v);
  } catch (e) {
    console.log('loop caught', e.message);
  }
  const bad = Object.getPrototypeOf(failing.prototype).next.call({});
  bad.catch((e) => console.log(e.constructor.name));
}
main();

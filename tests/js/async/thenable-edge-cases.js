// Thenables awaited: a then that throws rejects the await, one that calls both callbacks
// counts only the first, a non-callable then is a plain value, a getter for then runs once,
// and await of a native promise never calls a patched Promise.prototype.then.
async function main() {
  try {
    await { then() { throw new Error('then threw'); } };
  } catch (e) {
    console.log('caught', e.message);
  }
  console.log(await { then(ok, fail) { ok('first'); fail(new Error('ignored')); ok('ignored too'); } });
  const notCallable = { then: 42 };
  console.log((await notCallable) === notCallable);
  let gets = 0;
  const counted = { get then() { gets++; return (ok) => ok('getter'); } };
  console.log(await counted, 'then read', gets, 'time(s)');
  const original = Promise.prototype.then;
  let patchedCalls = 0;
  Promise.prototype.then = function (...args) { patchedCalls++; return original.apply(this, args); };
  await Promise.resolve('native');
  console.log('patched then calls after awaiting a native promise:', patchedCalls);
  Promise.prototype.then = original;
  class MyPromise extends Promise {}
  console.log(await MyPromise.resolve('subclass'));
}
main();

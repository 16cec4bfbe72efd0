// A rejection handled before the microtask queue empties is never reported.
const p = Promise.reject(new Error('handled later in this turn'));
Promise.resolve().then(() => Promise.resolve()).then(() => {
  p.catch((e) => console.log('caught', e.message));
});
const q = Promise.reject('also handled');
process.nextTick(() => q.catch((r) => console.log('caught in a tick', r)));

// Every nextTick runs before the first promise job; a tick queued by a promise job runs after the microtask queue empties.
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise 1'));
});
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise 2'));
console.log('main');

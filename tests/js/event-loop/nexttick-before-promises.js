// Every queued nextTick runs before any promise job; a tick queued by a promise job waits until the microtask queue is empty.
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise 1'));
  Promise.resolve().then(() => console.log('promise from promise 1'));
});
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => console.log('tick from tick 1'));
  Promise.resolve().then(() => console.log('promise from tick 1'));
});
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise 2'));
console.log('main');

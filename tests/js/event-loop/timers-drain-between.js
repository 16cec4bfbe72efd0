// The nextTick and microtask queues drain between two timers that expire together.
setTimeout(() => {
  console.log('T1');
  process.nextTick(() => console.log('T1 tick'));
  Promise.resolve().then(() => console.log('T1 promise'));
}, 1);
setTimeout(() => {
  console.log('T2');
  Promise.resolve().then(() => console.log('T2 promise'));
}, 1);

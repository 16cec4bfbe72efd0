// The nextTick and microtask queues drain between two immediates of one check phase.
setImmediate(() => {
  console.log('A');
  process.nextTick(() => console.log('A tick'));
  Promise.resolve().then(() => console.log('A promise'));
});
setImmediate(() => {
  console.log('B');
  process.nextTick(() => console.log('B tick'));
  Promise.resolve().then(() => console.log('B promise'));
});

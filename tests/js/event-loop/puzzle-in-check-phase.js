// Inside an immediate: its ticks and promise jobs run before the next immediate of the same check phase; immediates it queues wait for the next iteration.
setImmediate(() => {
  console.log('immediate A');
  setImmediate(() => console.log('immediate C (queued by A)'));
  queueMicrotask(() => console.log('microtask from A'));
  process.nextTick(() => console.log('tick from A'));
});
setImmediate(() => {
  console.log('immediate B');
  Promise.resolve().then(() => {
    console.log('promise from B');
    setImmediate(() => console.log('immediate D (queued by a promise job of B)'));
  });
});

// The classic puzzle: sync code, then nextTick, then promise jobs, then timers/immediates — from inside an I/O-free timer so the order is fixed.
setTimeout(() => {
  console.log('timeout start');
  setTimeout(() => console.log('setTimeout 0'), 0);
  setImmediate(() => console.log('setImmediate'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('nextTick'));
  queueMicrotask(() => console.log('queueMicrotask'));
  console.log('timeout end');
}, 0);
console.log('main');

// The classic "what order does this print" puzzle, from a timer callback so the order is node's every time.
setTimeout(() => {
  console.log('timer');
  setTimeout(() => console.log('setTimeout 0'), 0);
  setImmediate(() => console.log('setImmediate'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('nextTick'));
}, 0);

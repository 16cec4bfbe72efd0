// Promise jobs scheduled in each phase run before the loop moves to the next callback.
const log = [];
setTimeout(() => {
  log.push('timer');
  Promise.resolve().then(() => log.push('timer promise'));
  setImmediate(() => {
    log.push('immediate');
    Promise.resolve().then(() => log.push('immediate promise'));
    setTimeout(() => {
      log.push('timer 2');
      process.nextTick(() => log.push('timer 2 tick'));
      setTimeout(() => console.log(log.join('\n')), 0);
    }, 0);
  });
}, 0);

// An immediate queued by an immediate runs in the next check phase, after the first one's ticks and promise jobs.
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate from immediate'));
  process.nextTick(() => console.log('tick from immediate 1'));
  Promise.resolve().then(() => console.log('promise from immediate 1'));
});
setImmediate(() => console.log('immediate 2'));

// An exception thrown by a nextTick callback is uncaught; the promise job queued before it never runs.
Promise.resolve().then(() => console.log('never: promise'));
process.nextTick(() => {
  throw new RangeError('thrown by a tick');
});

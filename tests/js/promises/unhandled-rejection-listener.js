// With an 'unhandledRejection' listener, an unhandled rejection is reported to it and the process goes on.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error('nobody catches this'));
Promise.reject(7);
Promise.resolve().then(() => { throw new Error('thrown in a handler'); });
setTimeout(() => console.log('still running'), 1);

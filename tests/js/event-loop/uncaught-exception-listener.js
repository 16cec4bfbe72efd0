// An 'uncaughtException' listener receives errors thrown by callbacks; what the throw interrupted runs after the next callback.
process.on('uncaughtException', (err, origin) => console.log('caught:', err.message || err, origin));
process.nextTick(() => { throw 'from a tick'; });
process.nextTick(() => console.log('the next tick runs after the next callback'));
setImmediate(() => {
  console.log('immediate');
  setImmediate(() => { throw new Error('from an immediate'); });
  setTimeout(() => { throw new Error('from a timer'); }, 20);
});
setTimeout(() => console.log('later timer still runs'), 40);

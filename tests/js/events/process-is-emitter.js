// process is an EventEmitter: on, once, emit of custom events, listenerCount.
process.on('custom', (v) => console.log('custom', v));
process.once('custom', () => console.log('custom once'));
console.log(process.emit('custom', 1), process.emit('custom', 2), process.listenerCount('custom'));
console.log(typeof process.on, typeof process.emit, typeof process.nextTick);

// events.once(emitter, name) resolves with the arguments of the next event; an 'error' rejects it.
const EventEmitter = require('events');
const e = new EventEmitter();
EventEmitter.once(e, 'ready').then((args) => console.log('ready with', args));
EventEmitter.once(e, 'never').catch((err) => console.log('rejected by', err.message));
setTimeout(() => {
  e.emit('ready', 1, 'two');
  e.emit('error', new Error('boom'));
  console.log('listeners left', e.listenerCount('error'), e.listenerCount('ready'));
}, 1);

// EventEmitter: on, prependListener, once, emit's return value and arguments, listenerCount, off, eventNames.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log(EventEmitter.EventEmitter === EventEmitter, typeof EventEmitter.once, EventEmitter.defaultMaxListeners);
e.on('x', (a, b) => console.log('x1', a, b));
e.prependListener('x', () => console.log('x0'));
e.once('x', function () { console.log('once', this === e); });
console.log(e.emit('x', 1, 2), e.emit('x', 3), e.emit('nope'), e.listenerCount('x'));
const f = () => console.log('f');
e.on('y', f);
e.off('y', f);
console.log(e.emit('y'), e.eventNames());
e.on('newListener', (n) => console.log('newListener', n));
e.on('z', f);
console.log(e.listeners('x').length, e.rawListeners('x').length, process instanceof EventEmitter);
e.removeAllListeners('x');
console.log(e.listenerCount('x'), e.addListener === e.on, e.removeListener === e.off, e.setMaxListeners(5) === e, e.getMaxListeners());

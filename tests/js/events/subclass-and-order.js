// A subclass of EventEmitter; listeners added or removed during an emit take effect from the next emit.
const { EventEmitter } = require('events');
class Door extends EventEmitter {
  open() { this.emit('open', 'front'); }
}
const d = new Door();
function second() { console.log('second'); }
d.on('open', (which) => {
  console.log('first', which);
  d.off('open', second);
  d.on('open', () => console.log('added during emit'));
});
d.on('open', second);
d.open();
console.log('--');
d.open();
console.log(d instanceof EventEmitter, d instanceof Door, d.listenerCount('open'));
d.once('close', () => console.log('closed once'));
d.prependOnceListener('close', () => console.log('closed first'));
d.emit('close');
console.log(d.emit('close'));

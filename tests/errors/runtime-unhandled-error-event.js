// An 'error' event without a listener ends the process: the error, then where the event was emitted (node's enhanced stack).
const EventEmitter = require('events');
class Door extends EventEmitter {}
const door = new Door();
const err = new Error('the door is stuck');
setTimeout(function open() {
  door.emit('error', err);
}, 1);

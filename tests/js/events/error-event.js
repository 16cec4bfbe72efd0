// An 'error' event without a listener throws: the error itself, or ERR_UNHANDLED_ERROR for other values.
const EventEmitter = require('node:events');
const e = new EventEmitter();
try { e.emit('error', new Error('bad')); } catch (err) { console.log('caught', err.message); }
try { e.emit('error', 42); } catch (err) { console.log('caught', err.name, err.message, err.code, err.context); }
try { e.emit('error'); } catch (err) { console.log('caught', err.message, err.code); }
try { e.emit('error', 'text'); } catch (err) { console.log('caught', err.message); }
e.on('error', (err) => console.log('handled', err.message));
console.log(e.emit('error', new Error('ok')), e.listenerCount('error'));
try { e.on('x', 5); } catch (err) { console.log(err.name, err.code, err.message); }

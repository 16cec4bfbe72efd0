// process.nextTick passes its extra arguments to the callback; a missing or non-function callback is ERR_INVALID_ARG_TYPE.
process.nextTick((a, b, c) => console.log('args', a, b, c), 1, 'two', [3]);
process.nextTick(function () { console.log('arguments', arguments.length); });
try { process.nextTick(); } catch (e) { console.log(e.code, e.message); }
try { process.nextTick('x'); } catch (e) { console.log(e.message); }

// An exception thrown by a timer callback is uncaught: node's report, 'exit' with 1, nothing else runs.
process.on('exit', (code) => console.log('exit', code));
setTimeout(function onTimer() {
  throw new Error('thrown by a timer');
}, 1);
setTimeout(() => console.log('never'), 5);

// process.exit in a callback ends at once: no later timer, tick or promise job runs; 'exit' still fires.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('first timer');
  process.nextTick(() => console.log('never: tick'));
  Promise.resolve().then(() => console.log('never: promise'));
  process.exit(0);
}, 1);
setTimeout(() => console.log('never: second timer'), 2);

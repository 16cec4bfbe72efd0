// Inside an I/O callback: ticks, then promise jobs, then the check phase's immediates, then a nested read's callback in a later poll.
const fs = require('fs');
fs.readFile(__filename, () => {
  console.log('read 1');
  setImmediate(() => {
    console.log('immediate');
    process.nextTick(() => console.log('tick in immediate'));
  });
  Promise.resolve().then(() => {
    console.log('promise');
    process.nextTick(() => console.log('tick in promise'));
  });
  process.nextTick(() => console.log('tick'));
  fs.readFile(__filename, () => {
    console.log('read 2');
    Promise.resolve().then(() => console.log('promise in read 2'));
  });
});

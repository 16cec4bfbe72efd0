// fs.promises settles from the poll phase: its then runs after that phase's callback, before the check phase's immediates.
const fsp = require('fs').promises;
fsp.readFile(__filename, 'utf8').then((text) => {
  console.log('read', text.length > 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
  Promise.resolve().then(() => console.log('promise'));
});
console.log('main');

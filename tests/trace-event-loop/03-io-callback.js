// A file read completes on a worker; its callback runs in the poll phase, so setImmediate beats setTimeout 0.
const fs = require('fs');
fs.readFile(__filename, 'utf8', () => {
  console.log('read done');
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});

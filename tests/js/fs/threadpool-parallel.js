// Many reads in flight at once (more than the thread pool's 4 workers) all complete, each callback once.
const fs = require('fs');
let done = 0;
for (let i = 0; i < 10; i++) {
  fs.readFile(__filename, 'utf8', (err, text) => {
    done++;
    if (done === 10) console.log('all 10 read', text.length > 0, err);
  });
}
console.log('queued');

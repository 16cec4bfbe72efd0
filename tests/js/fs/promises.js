// fs.promises (also require('fs/promises')): the same operations as promises, resolved or rejected from the poll phase.
const fsp = require('fs/promises');
const fs = require('fs');
const path = require('path');
const os = require('os');
console.log(fsp === fs.promises);
const dir = path.join(os.tmpdir(), 'kindling-fsp-' + Math.floor(Math.random() * 1e9));
const file = path.join(dir, 'x.txt');
fsp.mkdir(dir)
  .then(() => fsp.writeFile(file, 'abc'))
  .then(() => fsp.appendFile(file, 'def'))
  .then(() => fsp.readFile(file, 'utf8'))
  .then((text) => { console.log('read', text); return fsp.readdir(dir); })
  .then((names) => { console.log('names', names); return fsp.stat(file); })
  .then((st) => { console.log('size', st.size); return fsp.readFile(path.join(dir, 'missing')); })
  .catch((err) => { console.log('rejected', err.code, err.syscall); return fsp.rm(dir, { recursive: true }); })
  .then((v) => console.log('removed', v, fs.existsSync(dir)));
Promise.resolve().then(() => console.log('microtasks run before any file completes'));

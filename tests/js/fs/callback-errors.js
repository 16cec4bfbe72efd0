// Errors of the callback form are the callback's first argument, with no JS stack frames (as node's).
const fs = require('fs');
const path = require('path');
const os = require('os');
const missing = path.join(os.tmpdir(), 'kindling-no-such-file-' + Math.floor(Math.random() * 1e9));
fs.readFile(missing, (err, data) => {
  console.log(err.message.split(missing).join('<missing>'), err.code, err.errno, err.syscall, data);
  console.log(err.stack === 'Error: ' + err.message, err instanceof Error);
  fs.stat(missing, (err) => {
    console.log('stat:', err.code, err.syscall);
    fs.rm(missing, { force: true }, (err) => console.log('rm force:', err));
  });
});
try { fs.readFile(missing); } catch (e) { console.log(e.code, e.message); }
try { fs.writeFile(missing, 'data'); } catch (e) { console.log(e.code, e.message); }

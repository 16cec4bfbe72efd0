// The callback forms run off the JS thread and call back from the poll phase, after the synchronous code.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = path.join(os.tmpdir(), 'kindling-fs-cb-' + Math.floor(Math.random() * 1e9));
fs.mkdir(dir, (err) => {
  console.log('mkdir', err);
  const file = path.join(dir, 'note.txt');
  fs.writeFile(file, 'line 1\n', (err) => {
    console.log('writeFile', err);
    fs.appendFile(file, 'line 2\n', (err) => {
      console.log('appendFile', err);
      fs.readFile(file, 'utf8', (err, text) => {
        console.log('readFile', err, JSON.stringify(text));
        fs.readdir(dir, (err, names) => {
          console.log('readdir', err, names);
          fs.stat(file, (err, st) => {
            console.log('stat', err, st.isFile(), st.size);
            fs.unlink(file, (err) => {
              console.log('unlink', err);
              fs.rm(dir, { recursive: true }, (err) => console.log('rm', err, fs.existsSync(dir)));
            });
          });
        });
      });
    });
  });
});
console.log('sync code first');

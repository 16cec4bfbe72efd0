// Sync errors carry node's message, code, errno, syscall and path.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = path.join(os.tmpdir(), 'kindling-fs-errors-' + Math.floor(Math.random() * 1e9));
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, 'file'), 'x');
fs.mkdirSync(path.join(dir, 'sub'));
fs.writeFileSync(path.join(dir, 'sub', 'inner'), 'y');
function show(f) {
  try { f(); console.log('no error'); } catch (e) {
    console.log(e.message.split(dir).join('<dir>'), '|', e.code, e.errno, e.syscall, String(e.path).split(dir).join('<dir>'));
  }
}
show(() => fs.readFileSync(path.join(dir, 'missing.txt')));
show(() => fs.readFileSync(dir));
show(() => fs.writeFileSync(path.join(dir, 'sub'), 'x'));
show(() => fs.writeFileSync(path.join(dir, 'no', 'such'), 'x'));
show(() => fs.readdirSync(path.join(dir, 'missing')));
show(() => fs.readdirSync(path.join(dir, 'file')));
show(() => fs.statSync(path.join(dir, 'missing')));
show(() => fs.mkdirSync(dir));
show(() => fs.mkdirSync(path.join(dir, 'a', 'b')));
show(() => fs.unlinkSync(path.join(dir, 'missing')));
show(() => fs.unlinkSync(path.join(dir, 'sub')));
show(() => fs.rmSync(path.join(dir, 'missing')));
show(() => fs.rmSync(path.join(dir, 'missing'), { force: true }));
show(() => fs.rmSync(path.join(dir, 'sub')));
try { fs.readFileSync({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { fs.writeFileSync(path.join(dir, 'n'), 5); } catch (e) { console.log(e.code, e.message); }
try { fs.readFileSync(path.join(dir, 'file'), 'klingon'); } catch (e) { console.log(e.code, e.message); }
fs.rmSync(dir, { recursive: true, force: true });

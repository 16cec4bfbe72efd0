// path.join, resolve, normalize, basename, dirname, extname and isAbsolute follow node's POSIX rules.
const path = require('path');
const cases = [['/a/b', '../c', './d'], ['a', '', 'b/'], [''], ['/', '..', 'x'], ['a/../..', 'b'], ['./x//y/', '.']];
for (const c of cases) console.log(JSON.stringify(c), path.join(...c));
for (const p of ['/a/b/c.txt', 'c.txt', '/a/b/', '/', '', '.hidden', 'a.b.c', 'a.', '/a/b.d/c', '//a', 'a//b//']) {
  console.log(JSON.stringify(p), JSON.stringify(path.basename(p)), path.dirname(p), JSON.stringify(path.extname(p)));
}
console.log(path.basename('/a/b.js', '.js'), path.basename('/a/b.js', 'b.js'), path.basename('x.js', 'js'));
console.log(path.resolve('/a', 'b', '../c'), path.resolve('/a', '/b'), path.resolve('/x/y', './z/'));
console.log(path.isAbsolute('/x'), path.isAbsolute('x'), path.sep, path.delimiter, path.posix === path);
console.log(path.normalize('/a//b/../c/.'), path.normalize(''), path.normalize('a/b/'), path.normalize('../../x'), path.normalize('/..'));
console.log(path.resolve(__dirname, 'x') === __dirname + '/x', path.resolve('') === path.resolve('.'));
try { path.join(5); } catch (e) { console.log(e.code, e.message); }
const os = require('os');
console.log(os.EOL === '\n', typeof os.tmpdir(), os.platform(), typeof os.homedir(), require('node:os') === os);

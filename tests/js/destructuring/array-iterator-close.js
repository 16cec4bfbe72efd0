// IteratorClose: an array pattern that stops before the iterator is done calls its `return`
// (found here through Object.prototype, which array iterators inherit from).
const log = [];
Object.defineProperty(Object.prototype, 'return', {
  configurable: true, writable: true,
  value: function () { log.push('return'); return {}; },
});
function run(label, f) {
  log.length = 0;
  try { f(); } catch (e) { log.push(e.constructor.name + ': ' + e.message); }
  console.log(label + ': ' + (log.join(', ') || 'nothing'));
}
run('shorter pattern', () => { const [a] = [1, 2, 3]; });
run('exact length', () => { const [a, b] = [1, 2]; });
run('longer pattern', () => { const [a, b, c] = [1]; });
run('rest', () => { const [a, ...r] = [1, 2, 3]; });
run('empty pattern', () => { const [] = [1]; });
run('hole at the end', () => { const [a, ,] = [1, 2, 3]; });
run('throw in a nested pattern', () => { const [{p}] = [null]; });
run('throw in a default', () => { const [a = null.x] = [undefined, 2]; });
Object.prototype.return = function () { log.push('return'); throw new Error('from return'); };
run('return throws on normal completion', () => { const [a] = [1, 2]; });
run('return throws while throwing', () => { const [{p}] = [null, 1]; });
Object.prototype.return = function () { log.push('return'); return 1; };
run('return gives a non-object', () => { const [a] = [1, 2]; });
run('assignment pattern', () => { let x; [x] = 'abc'; });
delete Object.prototype.return;
run('no return method', () => { const [a] = [1, 2]; });

// Array patterns need an iterable: node's TypeErrors for values that are not.
function check(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const o = {x: 1};
function one() { return 1; }
check(() => { const [a] = undefined; });
check(() => { const [a] = null; });
check(() => { const [a] = 5; });
check(() => { const [a] = {}; });
check(() => { const [a] = o; });
check(() => { const [a] = o.x; });
check(() => { const [a] = one(); });
check(() => { let a; [a] = 3; });
check(() => { let a; [a] = {}; });
check(() => { let a; [a] = undefined; });
check(() => { const [[a]] = [1]; });
check(() => { const [...r] = 4; });
check(() => { const [a = 1] = true; });

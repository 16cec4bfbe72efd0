// Object patterns throw node's TypeErrors for null and undefined values.
function check(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
check(() => { const {a} = undefined; });
check(() => { const {a} = null; });
check(() => { let o; const {x, y} = o; });
check(() => { const obj = {n: null}; const {a} = obj.n; });
check(() => { const {} = null; });
check(() => { const {...r} = undefined; });
check(() => { const {[1 + 1]: two} = null; });
check(() => { const {'s': s} = undefined; });
check(() => { const {1: one} = null; });
check(() => { let a; ({a} = null); });
check(() => { const {a: {b}} = {a: undefined}; });
check(() => { const {a = 1} = null; });

// A default cannot read a binding of its own pattern that is not yet initialized (TDZ).
function check(f) {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
check(() => { let [a = a] = []; return a; });
check(() => { let {a = b, b} = {}; return a; });
check(() => { let {b, a = b} = {b: 'ok'}; return a; });
check(() => { const [x = y, y = 1] = [1]; return x + y; });

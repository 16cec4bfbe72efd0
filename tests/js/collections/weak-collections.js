// WeakMap and WeakSet: object and unregistered-symbol keys, get/set/has/delete/add, invalid keys, printing.
const k = {};
const wm = new WeakMap([[k, 1]]);
console.log(wm, wm.get(k), wm.has(k), wm.has({}), wm.get({}), wm.set(k, 2) === wm, wm.get(k), wm.delete(k), wm.delete(k), wm.has(k));
const ws = new WeakSet([k]);
console.log(ws, ws.has(k), ws.add(k) === ws, ws.delete(k), ws.has(k));
for (const bad of [1, 'x', null, Symbol.for('s')]) {
  try { wm.set(bad, 1); } catch (e) { console.log(e.name, e.message); }
  try { ws.add(bad); } catch (e) { console.log(e.name, e.message); }
}
console.log(wm.get(1), wm.has(1), ws.has(1), wm.delete(1));
console.log(Object.prototype.toString.call(wm), Object.prototype.toString.call(ws), typeof WeakMap, WeakMap.length);
try { WeakMap(); } catch (e) { console.log(e.message); }
console.log({ w: new WeakSet() }, 'size' in wm);
const sk = Symbol('weak'); console.log(new WeakMap([[sk, 'v']]).get(sk), new WeakSet([sk]).has(sk));

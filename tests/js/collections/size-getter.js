// size is an accessor on the prototype; it is not an own property.
const m = new Map([[1, 1]]);
const d = Object.getOwnPropertyDescriptor(Map.prototype, 'size');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
console.log(m.hasOwnProperty('size'), 'size' in m, Object.keys(m));
try { d.get.call({}); } catch (e) { console.log(e.name, e.message); }
const s = new Set([1, 2]);
s.size = 10;
console.log(s.size);

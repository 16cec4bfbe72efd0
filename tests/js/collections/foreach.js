// Map.prototype.forEach and Set.prototype.forEach: (value, key, collection) and thisArg.
const m = new Map([['a', 1], ['b', 2]]);
m.forEach(function (v, k, coll) { console.log(k, v, coll === m, this.tag); }, { tag: 'T' });
const s = new Set(['x', 'y']);
s.forEach((v, k, coll) => console.log(v, k, coll === s));
try { m.forEach(5); } catch (e) { console.log(e.name, e.message); }
let count = 0;
new Set().forEach(() => count++);
console.log(count);

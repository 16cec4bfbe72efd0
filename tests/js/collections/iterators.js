// Map and Set iterators: keys/values/entries, next(), Symbol.iterator, toStringTag.
const m = new Map([['x', 1], ['y', 2]]);
const e = m.entries();
console.log(e.next(), e.next(), e.next());
console.log([...m.keys()], [...m.values()], [...m.entries()]);
console.log(m[Symbol.iterator] === m.entries);
const it = m.keys();
console.log(it[Symbol.iterator]() === it, Object.prototype.toString.call(it));
console.log(Object.prototype.toString.call(new Set().values()));
for (const entry of m) console.log(entry, entry.length);
console.log(Array.from(m.values(), v => v * 2));
const s = new Set(['p', 'q']);
const se = s.entries();
console.log(se.next().value, se.next().value, se.next().done);

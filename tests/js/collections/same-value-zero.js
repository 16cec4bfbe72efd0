// Map and Set keys compare by SameValueZero: NaN equals NaN, +0 and -0 are one key.
const m = new Map();
m.set(NaN, 'nan');
console.log(m.get(NaN), m.get(0 / 0), m.has(Number('x')));
m.set(0, 'zero');
console.log(m.get(-0), m.has(-0));
m.set(-0, 'minus zero');
console.log(m.size, m.get(0), [...m.keys()], Object.is([...m.keys()][1], -0));
const s = new Set([NaN, NaN, 0, -0, 1, 1.0, '1']);
console.log(s.size, s);
const o1 = {}, o2 = {};
const objs = new Set([o1, o2, o1]);
console.log(objs.size, objs.has(o1), objs.has({}));
console.log(new Set([1.5, 1.5, 2 ** 53, 2 ** 53 + 1]).size);

// Printing Map/Set at depth, circular, over 100 entries, long keys, in arrays; symbol keys on null-prototype objects; inherited toStringTag.
console.log({ a: { b: new Map([[1, 2]]), s: new Set([1]) } });
console.log({ a: { b: { c: new Map([[1, 2]]) } } });
const m = new Map(); m.set(m, m); console.log(m);
const s = new Set(); s.add(s); console.log(s);
const big = new Set(); for (let i = 0; i < 120; i++) big.add(i); console.log(big);
console.log(new Map([['x'.repeat(100), 1]]));
console.log([new Map([[1, 2]]), new Map([[3, 4]])]);
const obj = Object.create(null); obj[Symbol('n')] = 1; console.log(obj);
console.log(Object.assign(Object.create({ [Symbol.toStringTag]: 'Thing' }), { a: 1 }));

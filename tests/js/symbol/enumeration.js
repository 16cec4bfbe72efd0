// Symbol keys are skipped by Object.keys, for-in, JSON.stringify and getOwnPropertyNames.
const s1 = Symbol('one');
const s2 = Symbol('two');
const o = { a: 1, [s1]: 2, b: 3, [s2]: 4 };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
for (const k in o) console.log('for-in', k);
console.log(JSON.stringify(o));
console.log(Object.getOwnPropertyNames(o));
console.log(Object.getOwnPropertySymbols(o));
console.log(Object.getOwnPropertySymbols(o).length, Object.getOwnPropertySymbols({}).length);
console.log(o.propertyIsEnumerable(s1));
const copy = Object.assign({}, o);
console.log(copy[s1], copy[s2], copy);
const spread = { ...o };
console.log(spread[s2]);
console.log(JSON.stringify({ v: Symbol('x') }), JSON.stringify([Symbol('x')]), JSON.stringify(Symbol('x')));

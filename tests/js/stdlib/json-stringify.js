// JSON.stringify: indent, replacer arrays and functions, toJSON, special values.
const o = { a: 1, b: [1, 'two', null, undefined, () => {}], c: { d: true }, e: undefined, f: NaN };
console.log(JSON.stringify(o));
console.log(JSON.stringify(o, null, 2));
console.log(JSON.stringify(o, null, '--'));
console.log(JSON.stringify(o, ['a', 'c', 'd']));
console.log(JSON.stringify(o, (k, v) => typeof v === 'number' ? v * 10 : v));
console.log(JSON.stringify({ when: { toJSON(key) { return 'json:' + key; } } }));
console.log(JSON.stringify([new Map([[1, 2]]), new Set([1])]), JSON.stringify('he said "hi"\n'));
console.log(JSON.stringify(undefined), JSON.stringify(() => {}), JSON.stringify(null), JSON.stringify(-0));
console.log(JSON.stringify({ a: [] , b: {} }, null, 4), JSON.stringify([1, [2]], null, 20).length);
const cyc = {}; cyc.self = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }

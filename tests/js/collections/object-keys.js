// Objects, arrays, functions and symbols as Map keys, by identity.
const k1 = { id: 1 }, k2 = { id: 1 }, f = function () {}, sym = Symbol('s'), arr = [1];
const m = new Map([[k1, 'k1'], [k2, 'k2'], [f, 'fn'], [sym, 'sym'], [arr, 'arr']]);
console.log(m.get(k1), m.get(k2), m.get(f), m.get(sym), m.get(arr), m.get([1]));
console.log(m.size, m.has({ id: 1 }));
const visited = new Set();
function walk(node) { if (visited.has(node)) return 'cycle'; visited.add(node); return node.next ? walk(node.next) : 'end'; }
const a = { }, b = { next: a };
a.next = b;
console.log(walk(a), visited.size);

// Non-iterables in for-of, spread and Array.from throw node's TypeErrors.
function attempt(label, f) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name + ': ' + e.message); }
}
const obj = {};
const num = 5;
attempt('for-of object', () => { for (const x of obj) {} });
attempt('for-of number', () => { for (const x of num) {} });
attempt('bad method', () => { const o = { [Symbol.iterator]: 1 }; for (const x of o) {} });
attempt('non-object iterator', () => { const o = { [Symbol.iterator]() { return 1; } }; for (const x of o) {} });
attempt('non-object result', () => { const o = { [Symbol.iterator]() { return { next() { return 1; } }; } }; for (const x of o) {} });
attempt('Array.from bad', () => Array.from({ [Symbol.iterator]: 1 }));
attempt('Map number', () => new Map(5));
attempt('Set object', () => new Set({}));
attempt('Map bad entry', () => new Map([1]));
attempt('spread args', () => Math.max(...obj));
attempt('spread array', () => [...num]);

// Spread arguments that are not iterable: undefined and null are named as a property load would be.
const o = { a: undefined, n: null };
function f() { return undefined; }
const cases = [
  () => Math.max(...o.a), () => Math.max(...o.n), () => Math.max(...f()), () => new Array(...o.a),
  () => Math.max(1, ...o.a), () => Math.max(...5), () => Math.max(...{}), () => [...o.a],
  () => { const arr = undefined; return Math.max(...arr); },
];
for (const c of cases) {
  try { c(); } catch (e) { console.log(e.name + ": " + e.message); }
}

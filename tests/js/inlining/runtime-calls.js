// Functions whose bytecode calls into the runtime (CallRuntime) are optimized like any other:
// array spread (AppendSpread, AppendElement), spread calls and spread `new`
// (CallWithArgumentArray, ConstructWithArgumentArray), object spread (CopyDataProperties),
// accessors and __proto__ in literals, and the runtime's throws — each with the same result,
// and the same error and stack, in every tier.
'use strict';

function spreads(a, b) {
  const joined = [...a, 0, ...b];
  const max = Math.max(...joined);
  return joined.length + max + copyOf({ x: a.length }).x;
}

function copyOf(o) {
  return { ...o };
}

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}

function build(args) {
  const p = new Point(...args);
  const o = { __proto__: p, get sum() { return this.x + this.y; } };
  return o.sum;
}

function* numbers(n) {
  for (let i = 0; i < n; i++) yield i;
}

function fromIterator(n) {
  return [...numbers(n)].reduce((s, v) => s + v, 0);
}

let total = 0;
for (let k = 0; k < 20000; k++) {
  total += spreads([k, 1, 2], [3, k % 7]) + build([k, 2]) + fromIterator(k % 5);
}
console.log(total);
console.log(spreads([], []), spreads([-1], [-2]), build([1.5, 2.5]), fromIterator(10));

// A throw from the runtime inside optimized code: same message, same stack.
function assignConst(v) {
  const c = v;
  if (v > 19999) {
    c = 0;
  }
  return c;
}
for (let k = 0; k < 20000; k++) assignConst(k);
try {
  assignConst(50000);
} catch (e) {
  console.log(e.stack.split('\n').slice(0, 2).join('\n').replace(/\(.*\//, '('));
}

// An iterable that misbehaves after warm-up: the spread's own error.
const bad = { [Symbol.iterator]() { return { next() { return 42; } }; } };
try {
  spreads(bad, []);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

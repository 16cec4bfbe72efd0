// Every iterable consumer takes a generator: spread in arrays and calls, destructuring (with rest and defaults), Array.from, Map, Set, Promise.all's iteration, Object.fromEntries.
function* three() {
  yield 1;
  yield 2;
  yield 3;
}
console.log([...three()], [0, ...three(), 4]);
console.log(Math.max(...three()), String.prototype.concat.call("x", ...three()));
const [a, ...rest] = three();
console.log(a, rest);
const [p = "default p", q, r, s = "default s"] = three();
console.log(p, q, r, s);
let x, y;
[x, y] = three();
console.log(x, y);
const { 0: first, length } = [...three()];
console.log(first, length);
console.log(Array.from(three()), Array.from(three(), (v, i) => v * 10 + i));
function* pairs() {
  yield ["a", 1];
  yield ["b", 2];
}
console.log(new Map(pairs()), new Set(three()), Object.fromEntries(pairs()));
function f(...args) {
  return args.length;
}
console.log(f(...three(), ...three()));
const nested = [[...three()], ...[...three()].map((v) => [...three()].map((w) => v * w))];
console.log(nested);
for (const [k, v] of pairs()) console.log(k, v);
console.log(new Set(three()).size, [...new Map(pairs()).keys()]);

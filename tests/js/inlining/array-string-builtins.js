// push, pop and charCodeAt in hot code: the optimizing tier reduces them to ArrayPush,
// ArrayPop and StringCharCodeAt, which act in place only where the builtin could do nothing
// else and otherwise deoptimize before doing anything. Each site warms up on plain arrays and
// strings, then meets the receivers the fast paths must refuse.
'use strict';

function pushAll(a, n) {
  for (let i = 0; i < n; i++) {
    a.push(i * 2);
  }
  return a.length;
}

function popAll(a) {
  let sum = 0;
  let v;
  while ((v = a.pop()) !== undefined) {
    sum += v;
  }
  return sum;
}

function codes(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) {
    h = (h * 31 + s.charCodeAt(i)) | 0;
  }
  return h;
}

for (let k = 0; k < 3000; k++) {
  pushAll([], 20);
  popAll([1, 2, 3, 4]);
  codes('warm up ' + k);
}
console.log(pushAll([], 5), pushAll([1.5], 3), pushAll(['x'], 2), popAll([10, 20, 30]), codes('kindling'));

// push: a frozen array, a read-only length, a non-extensible array, a setter on the chain.
for (const [label, make] of [
  ['frozen', () => Object.freeze([1])],
  ['sealed', () => Object.seal([1])],
  ['read-only length', () => Object.defineProperty([1], 'length', { writable: false })],
  ['not extensible', () => Object.preventExtensions([1])],
]) {
  try {
    console.log(label, pushAll(make(), 1));
  } catch (e) {
    console.log(label, e.constructor.name + ': ' + e.message);
  }
}
const seen = [];
Object.defineProperty(Array.prototype, '3', { set(v) { seen.push('setter ' + v); }, configurable: true });
const a = [0, 1, 2];
console.log('setter on the chain:', pushAll(a, 2), a.join(','), seen.join(';'));
delete Array.prototype[3];

// push on an array-like object through call, and on a holey array.
const like = { length: 1, 0: 'a' };
console.log('array-like', Array.prototype.push.call(like, 'b'), JSON.stringify(like));
const holey = [1, , 3];
console.log('holey', pushAll(holey, 1), 1 in holey, holey.length);

// pop: holes read through the prototype, sealed arrays keep their elements, empty arrays.
Array.prototype[1] = 100;
console.log('pop through a hole', popAll([1, , 3]));
delete Array.prototype[1];
try {
  popAll(Object.seal([5, 6]));
} catch (e) {
  console.log('sealed pop', e.constructor.name + ': ' + e.message);
}
console.log('empty', popAll([]), [].pop());

// charCodeAt: out of range is NaN, a String object and a number receiver through call.
function at(s, i) {
  return s.charCodeAt(i);
}
for (let k = 0; k < 20000; k++) at('abc', k % 3);
console.log(at('abc', 3), at('abc', -1), at('abc', 1.5), at(new String('xyz'), 0),
  String.prototype.charCodeAt.call(1234, 2), at('\u{1F600}', 1));

// Replacing Array.prototype[Symbol.iterator] or an array's own iterator changes for-of and spread.
const arr = [1, 2, 3];
arr[Symbol.iterator] = function () {
  let i = this.length;
  return { next: () => (i > 0 ? { value: this[--i], done: false } : { value: undefined, done: true }) };
};
console.log([...arr]);
for (const x of arr) console.log('own', x);
const other = [7, 8];
console.log([...other]);
const saved = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () { return saved.call(['patched']); };
console.log([...other]);
for (const x of [1, 2]) console.log('proto', x);
Array.prototype[Symbol.iterator] = saved;
console.log([...other]);
const itProto = Object.getPrototypeOf([][Symbol.iterator]());
const savedNext = itProto.next;
itProto.next = function () { const r = savedNext.call(this); if (!r.done) r.value *= 10; return r; };
console.log([...[1, 2]]);
itProto.next = savedNext;
console.log([...[1, 2]]);

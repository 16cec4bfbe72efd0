// for-of over a user-defined iterable calls [Symbol.iterator]() and next().
const range = {
  from: 1, to: 4,
  [Symbol.iterator]() {
    let cur = this.from, last = this.to;
    return { next: () => cur <= last ? { value: cur++, done: false } : { value: undefined, done: true } };
  },
};
for (const n of range) console.log(n);
let total = 0;
for (const n of range) for (const m of range) total += n * m;
console.log(total);
const log = [];
const noisy = {
  [Symbol.iterator]() { log.push('iter'); let i = 0; return { next() { log.push('next' + i); return { value: i, done: i++ >= 2 }; } }; },
};
for (const x of noisy) log.push('body' + x);
console.log(log.join(' '));

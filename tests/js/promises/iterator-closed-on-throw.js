// If resolving an element throws, the combinator rejects and closes the iterator.
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { i++; return { value: i, done: i > 3 }; },
      return() { console.log('iterator closed'); return {}; },
    };
  },
};
class Throwing extends Promise {
  static resolve(v) { if (v === 2) throw new Error('resolve threw at ' + v); return super.resolve(v); }
}
Throwing.all(iterable).catch((e) => console.log('rejected:', e.message));
const failingNext = { [Symbol.iterator]() { return { next() { throw new Error('next threw'); }, return() { console.log('not closed'); } }; } };
Promise.race(failingNext).catch((e) => console.log('rejected:', e.message));

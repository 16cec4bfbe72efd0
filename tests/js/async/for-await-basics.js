// for await over an async generator, over a sync array of promises and values
// (CreateAsyncFromSyncIterator awaits each value), over a hand-written async iterable, and with
// a destructuring head.
async function* gen() { yield 'g1'; yield 'g2'; }
const custom = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return { next: () => Promise.resolve(i < 3 ? { value: i++ * 10, done: false } : { value: undefined, done: true }) };
  },
};
async function main() {
  for await (const v of gen()) console.log('gen', v);
  for await (const v of [Promise.resolve('p1'), 'plain', new Promise((r) => setTimeout(() => r('timed'), 5))]) {
    console.log('array', v);
  }
  for await (const v of custom) console.log('custom', v);
  for await (const [k, v] of new Map([['a', 1], ['b', Promise.resolve(2)]])) console.log('map', k, v);
  let last;
  for await (last of 'xy');
  console.log('assigned', last);
}
main().then(() => console.log('done'));

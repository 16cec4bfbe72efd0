// for await over a sync iterable of promises waits for each in turn, even when a later one is
// already settled; a rejected element throws at that step; the sync iterator's return runs on
// break.
const order = [];
const slow = new Promise((r) => setTimeout(() => { order.push('slow settles'); r('slow'); }, 10));
const fast = Promise.resolve('fast');
async function main() {
  for await (const v of [slow, fast]) order.push('got ' + v);
  try {
    for await (const v of [Promise.resolve(1), Promise.reject(new Error('second rejected')), 3]) order.push('got ' + v);
  } catch (e) {
    order.push('caught ' + e.message);
  }
  const iterable = {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next: () => ({ value: Promise.resolve(i++), done: false }),
        return: () => { order.push('sync return called'); return { done: true }; },
      };
    },
  };
  for await (const v of iterable) { order.push('step ' + v); if (v === 1) break; }
  console.log(order.join('\n'));
}
main();

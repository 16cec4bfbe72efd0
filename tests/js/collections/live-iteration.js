// Live iteration: entries added during iteration are visited; entries deleted before being reached are skipped.
const s = new Set([1, 2, 3]);
for (const x of s) {
  console.log('visit', x);
  if (x === 1) { s.delete(2); s.add(4); }
  if (x === 4) s.add(5);
}
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
m.forEach((v, k) => {
  console.log(k, v);
  if (k === 'a') { m.delete('b'); m.set('d', 4); }
});
const c = new Set([1, 2, 3]);
const it = c.values();
console.log(it.next().value);
c.clear();
c.add('after-clear');
console.log(it.next(), it.next());
const churn = new Set();
for (let i = 0; i < 100; i++) churn.add(i);
const seen = [];
for (const x of churn) { seen.push(x); if (x < 90) churn.delete(x + 1); }
console.log(seen.length, seen.slice(0, 5), churn.size);
const again = new Map([[1, 1]]);
const done = again.keys();
console.log(done.next(), done.next());
again.set(2, 2);
console.log(done.next());

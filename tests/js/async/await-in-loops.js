// await inside for, while, for-of, for-in and switch, with break and continue around it.
async function run() {
  let sum = 0;
  for (let i = 0; i < 5; i++) {
    if (i === 1) continue;
    if (i === 4) break;
    sum += await i;
  }
  let n = 3;
  while (n > 0) { n = await (n - 1); }
  for (const x of [10, 20]) sum += await Promise.resolve(x);
  for (const k in { p: 1, q: 2 }) sum += (await k).length;
  switch (await 'b') {
    case 'a': sum = -1; break;
    case 'b': sum += 100; break;
  }
  return [sum, n];
}
run().then((r) => console.log(r));

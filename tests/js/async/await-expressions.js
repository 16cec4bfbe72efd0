// await as an operand: precedence, in template literals, arguments, conditions, object and
// array literals, optional chains, destructuring, and awaiting a function's result.
async function values() {
  const a = await 2 + await 3;
  const b = `${await 'x'}-${await 'y'}`;
  const c = Math.max(await 1, await 7, 3);
  const d = (await true) ? await 'yes' : 'no';
  const e = { k: await 'v', [await 'key']: 1 };
  const f = [await 1, ...(await [2, 3])];
  const g = (await null)?.x ?? 'nullish';
  const { h, i = await 'dflt' } = await { h: 'H' };
  const j = typeof await 5;
  const k = -(await 4) * 2;
  return [a, b, c, d, e, f, g, h, i, j, k];
}
values().then((r) => console.log(r));
async function nested() { return await (await (async () => async () => 'deep')())(); }
nested().then(console.log);

// Leaving a for await early closes the iterator: break and return call its return() (awaited,
// so an async generator's finally runs first); a throw in the body closes it too.
async function* source(name) {
  try {
    for (let i = 0; ; i++) yield `${name}${i}`;
  } finally {
    await null;
    console.log(name, 'closed');
  }
}
async function withBreak() {
  for await (const v of source('b')) { console.log(v); if (v === 'b1') break; }
  console.log('after break');
}
async function withReturn() {
  for await (const v of source('r')) { console.log(v); return 'returned ' + v; }
}
async function withThrow() {
  try {
    for await (const v of source('t')) { console.log(v); throw new Error('body threw'); }
  } catch (e) {
    console.log('caught', e.message);
  }
}
async function withContinue() {
  const seen = [];
  for await (const v of source('c')) { if (v === 'c0') continue; seen.push(v); if (seen.length === 2) break; }
  console.log(seen);
}
async function main() {
  await withBreak();
  console.log(await withReturn());
  await withThrow();
  await withContinue();
}
main();

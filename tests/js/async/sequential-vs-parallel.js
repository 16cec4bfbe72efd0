// Awaiting timers one after another, or starting them together and awaiting Promise.all:
// the order of completion shows which ran in parallel.
const delay = (ms, v) => new Promise((r) => setTimeout(() => { console.log('timer', v); r(v); }, ms));
async function sequential() {
  const a = await delay(20, 'seq-a');
  const b = await delay(5, 'seq-b');
  return [a, b];
}
async function parallel() {
  const [a, b] = await Promise.all([delay(150, 'par-a'), delay(10, 'par-b')]);
  return [a, b];
}
async function main() {
  console.log(await sequential());
  console.log(await parallel());
  console.log(await Promise.race([delay(200, 'slow'), delay(1, 'fast')]));
}
main();

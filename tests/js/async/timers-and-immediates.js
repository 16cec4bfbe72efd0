// await across the loop's phases: a promise resolved by a timer, by an immediate and by
// nextTick resumes its function between the callbacks of each phase.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const immediate = () => new Promise((r) => setImmediate(r));
async function sequence() {
  console.log('start');
  await sleep(5);
  console.log('after timer');
  await immediate();
  console.log('after immediate');
  await new Promise((r) => process.nextTick(r));
  console.log('after nextTick');
  await sleep(0);
  console.log('after timeout 0');
  return 'done';
}
sequence().then((v) => {
  console.log(v);
  setTimeout(puzzle, 0);
});
function puzzle() {
  setTimeout(() => console.log('timeout from timer'), 0);
  setImmediate(() => console.log('immediate from timer'));
  (async () => {
    console.log('async in timer');
    await null;
    console.log('continuation in timer');
  })();
  process.nextTick(() => console.log('tick in timer'));
}

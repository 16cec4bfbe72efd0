// nextTick callbacks queued before an await's continuation run first; a tick queued after the
// await resumes waits until the microtask queue is empty.
async function f(name) {
  console.log(name, 'start');
  await null;
  console.log(name, 'after first await');
  process.nextTick(() => console.log(name, 'tick from continuation'));
  await null;
  console.log(name, 'after second await');
}
process.nextTick(() => console.log('tick 1'));
f('a');
f('b');
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise job'));

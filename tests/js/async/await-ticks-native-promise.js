// await of a native promise takes one microtask tick (V8 7.2's await optimization); a chain
// of then() steps counts the ticks beside it.
async function f() {
  console.log('f start');
  await Promise.resolve();
  console.log('f after await');
}
const p = Promise.resolve();
p.then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
f();
console.log('sync end');

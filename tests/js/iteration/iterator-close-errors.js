// IteratorClose: a throwing body wins over a throwing return(); a non-object return() result throws.
function it(ret) {
  return { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return: ret }; } };
}
try {
  for (const x of it(() => { throw new Error('from return'); })) { throw new Error('from body'); }
} catch (e) { console.log(e.message); }
try {
  for (const x of it(() => { throw new Error('from return'); })) { break; }
} catch (e) { console.log(e.message); }
try {
  for (const x of it(() => 42)) { break; }
} catch (e) { console.log(e.constructor.name, e.message); }
for (const x of it(undefined)) { break; }
console.log('no return method is fine');
const nextThrows = { [Symbol.iterator]() { return { next() { throw new Error('next failed'); }, return() { console.log('not called'); } }; } };
try { for (const x of nextThrows) {} } catch (e) { console.log(e.message); }

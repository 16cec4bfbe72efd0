// return() and throw() on an async generator: finally blocks run (and may await), a caught
// throw goes on yielding, throw() before the start or after the end rejects, return(v) of a
// finished generator resolves {value: v, done: true}.
async function* guarded() {
  try {
    yield 'a';
    yield 'b';
  } finally {
    await null;
    console.log('cleanup');
  }
}
async function* catcher() {
  while (true) {
    try {
      yield 'waiting';
    } catch (e) {
      console.log('caught inside:', e);
      yield 'recovered';
    }
  }
}
async function main() {
  const g = guarded();
  console.log(await g.next());
  console.log(await g.return('stop'));
  console.log(await g.next());
  const c = catcher();
  console.log(await c.next());
  console.log(await c.throw('oops'));
  console.log(await c.next());
  console.log(await c.return('bye'));
  const fresh = guarded();
  try { await fresh.throw(new Error('at start')); } catch (e) { console.log('rejected:', e.message); }
  console.log(await fresh.next());
  console.log(await fresh.return(Promise.resolve('awaited return value')));
}
main();

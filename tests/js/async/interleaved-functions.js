// Several async functions awaiting in turn interleave one step per tick, in the order they
// were resumed.
async function worker(name, steps) {
  for (let i = 0; i < steps; i++) {
    console.log(name, i);
    await i;
  }
  return name + ' done';
}
Promise.all([worker('a', 3), worker('b', 2), worker('c', 4)]).then((r) => console.log(r));

// A hot caller of an async function: the caller may be optimized, the async function stays
// in the interpreter, and every call still returns a promise that resolves in order.
async function add(a, b) { await null; return a + b; }
function caller(n) {
  const promises = [];
  for (let i = 0; i < n; i++) promises.push(add(i, 1));
  return promises;
}
let total = 0;
for (let round = 0; round < 20; round++) caller(50).forEach((p) => p.then((v) => { total += v; }));
setTimeout(() => console.log('total', total), 0);

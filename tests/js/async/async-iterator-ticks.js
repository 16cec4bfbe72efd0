// The ticks of async generators beside a promise chain: a yield awaits its value, a for await
// step awaits the request's promise.
async function* g() {
  console.log('g: before yield 1');
  yield 1;
  console.log('g: before yield 2');
  yield 2;
}
async function consume() {
  for await (const v of g()) console.log('consumer got', v);
  console.log('consumer done');
}
consume();
let p = Promise.resolve();
for (let i = 1; i <= 8; i++) p = p.then(() => console.log('tick', i));

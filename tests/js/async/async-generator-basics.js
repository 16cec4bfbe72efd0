// async function*: next() returns a promise of {value, done}; yield awaits its operand; the
// body runs only when asked; return ends it with done: true.
async function* numbers() {
  console.log('body starts');
  yield 1;
  yield Promise.resolve(2);
  const x = await Promise.resolve(3);
  yield x;
  return 'end';
}
const it = numbers();
console.log(Object.prototype.toString.call(it), it[Symbol.asyncIterator]() === it);
const first = it.next();
console.log(first instanceof Promise);
first.then(async (r) => {
  console.log(r);
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next());
});

// Async generator methods in classes and object literals (static, computed keys), this inside
// them, and their prototypes and inspect output.
class Stream {
  constructor(items) { this.items = items; }
  async *[Symbol.asyncIterator]() { for (const x of this.items) yield x * 2; }
  static async *range(n) { for (let i = 0; i < n; i++) yield i; }
}
const obj = { base: 100, async *['count' + 'er'](n) { for (let i = 0; i < n; i++) yield this.base + i; } };
async function main() {
  const out = [];
  for await (const v of new Stream([1, 2, 3])) out.push(v);
  for await (const v of Stream.range(3)) out.push(v);
  for await (const v of obj.counter(2)) out.push(v);
  console.log(out);
  console.log(Stream.range, obj.counter, Stream.range(1));
  const AsyncGeneratorFunction = Object.getPrototypeOf(Stream.range).constructor;
  console.log(AsyncGeneratorFunction.name, Object.getPrototypeOf(Stream.range.prototype) === AsyncGeneratorFunction.prototype.prototype);
  const made = new AsyncGeneratorFunction('n', 'yield n; yield n + 1;');
  for await (const v of made(7)) console.log('made', v);
}
main();

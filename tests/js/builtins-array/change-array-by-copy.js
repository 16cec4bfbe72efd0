// ES2023's copying methods: toReversed, toSorted, toSpliced, with — the receiver never changes,
// holes read as undefined, the result is always a plain Array.
const a = [3, 1, , 2];
console.log(a.toReversed(), a.toSorted(), a.toSpliced(1, 2, "x", "y", "z"), a.with(-1, 9), a);
console.log([10, 9, 1].toSorted(), [10, 9, 1].toSorted((x, y) => x - y), [undefined, 3, undefined, 1].toSorted());
console.log([1, 2, 3].toSpliced(), [1, 2, 3].toSpliced(1), [1, 2, 3].toSpliced(-1, 0, "in"), [1, 2, 3].toSpliced(0, 99));
const like = { length: 3, 0: "a", 2: "c" };
console.log(Array.prototype.toReversed.call(like), Array.prototype.with.call(like, 1, "b"), Array.prototype.toSorted.call(like));
class Sub extends Array {}
const s = Sub.of(2, 1);
console.log(s.toSorted() instanceof Sub, s.toReversed().constructor.name, s.with(0, 5).constructor.name);
for (const bad of [3, -4, Infinity]) {
  try { [1, 2, 3].with(bad, 0); } catch (e) { console.log(e.name + ": " + e.message); }
}
try { [].toSorted("nope"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log([1, 2].with("1", "one"), [1, 2].with(1.7, "trunc"));
const unscopables = Array.prototype[Symbol.unscopables];
console.log(Object.getPrototypeOf(unscopables), Object.keys(unscopables).join());
console.log(Object.hasOwn({ p: 1 }, "p"), Object.hasOwn(Object.create({ p: 1 }), "p"), Object.hasOwn("str", "length"), Object.hasOwn([5], 0));
try { Object.hasOwn(null, "x"); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(String(Math), Object.prototype.toString.call(Math));

// ArraySpeciesCreate (ECMA-262 §10.4.2.3): map, filter, slice, splice, concat, flat and flatMap
// build their result with constructor[Symbol.species], so a subclass of Array gets its own kind.
function t(f) { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ": " + e.message); } }
t(() => { var a = [1]; a.constructor = { [Symbol.species]: 1 }; return a.map(x => x); });
t(() => { var a = [1]; a.constructor = 1; return a.map(x => x); });
t(() => { var a = [1]; a.constructor = { [Symbol.species]: null }; return a.map(x => x); });
t(() => { var a = [1]; a.constructor = function () {}; return a.slice(); });
t(() => { var a = [1, 2, 3]; a.constructor = { [Symbol.species]: function (n) { this.args = n; } }; var r = a.splice(1, 2); return JSON.stringify(r) + " " + r.length; });
t(() => { var a = [1, [2]]; a.constructor = { [Symbol.species]: function (n) { this.n = n; } }; return JSON.stringify([a.flat(), a.flatMap(x => x), a.concat(3), a.filter(x => 1)]); });
t(() => { var d = Object.getOwnPropertyDescriptor(Array, Symbol.species); return typeof d.get + " " + d.get.name + " " + d.set + " " + d.configurable; });
t(() => { class B extends Array {} var b = B.from([1,2,3]); return [b.map(x=>x).constructor.name, b.slice(1).constructor.name, b.concat([]).constructor.name, b.splice(0,1).constructor.name, b.flat().constructor.name, B.of(1) instanceof B]; });
t(() => { var a = [1]; a.constructor = { [Symbol.species]: function () { return Object.freeze({}); } }; return a.map(x => x); });
t(() => { function Fixed() { Object.defineProperty(this, "length", {value: 0, writable: false}); } var a = [1,2]; a.constructor = { [Symbol.species]: Fixed }; return a.slice(); });
t(() => { var o = { length: 2, 0: "a", 1: "b", constructor: { [Symbol.species]: function () { this.bad = true; } } }; return Array.prototype.map.call(o, x => x); });
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = Stack.from([3, 1, 2]);
const doubled = s.map(x => x * 2);
console.log(doubled instanceof Stack, doubled.peek(), s.filter(x => x > 1).peek(), s.slice(0, 2).peek());
class Plain extends Array {
  static get [Symbol.species]() { return Array; }
}
const p = Plain.of(1, 2);
console.log(p instanceof Plain, p.map(x => x) instanceof Plain, p.map(x => x).constructor === Array);
let constructed = [];
class Counting extends Array {
  constructor(...args) { constructed.push(args.length === 1 ? args[0] : "items"); super(...args); }
}
const c = new Counting(1, 2, 3);
c.map(x => x); c.filter(x => x); c.slice(1); c.splice(0, 1); c.concat([4]);
console.log(constructed.join(","));
const order = [];
const iterable = { [Symbol.iterator]() { let i = 0; return { next() { order.push("next " + i); return { done: i === 3, value: i++ }; } }; } };
Array.from(iterable, x => { order.push("map " + x); return x; });
console.log(order.join(", "));
console.log(Array.from.call(Object, [1, 2]), Array.of.call(Object, "a"), Array.from.call(undefined, "hi"));

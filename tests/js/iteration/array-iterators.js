// Array iterators: keys/values/entries/[Symbol.iterator], next(), and their prototype chain.
const arr = ['a', 'b', 'c'];
const it = arr[Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), it.next(), it.next());
console.log([...arr.keys()], [...arr.values()], [...arr.entries()]);
for (const e of arr.entries()) console.log(e);
console.log(typeof it.next, it[Symbol.iterator]() === it);
console.log(Object.prototype.toString.call(it), Object.prototype.toString.call(''[Symbol.iterator]()));
const proto = Object.getPrototypeOf(it);
console.log(Object.getOwnPropertyNames(proto), proto.hasOwnProperty(Symbol.iterator));
console.log(Object.getPrototypeOf(proto).hasOwnProperty(Symbol.iterator));
console.log([...[, 1].keys()], [...[, 1].values()]);
const sparse = [1, , 3];
for (const v of sparse) console.log(v);
const keysOfArrayLike = Array.prototype.keys.call({ length: 3 });
console.log([...keysOfArrayLike]);

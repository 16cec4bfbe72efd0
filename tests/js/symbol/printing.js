// console.log prints symbols and symbol-keyed properties as node's util.inspect.
const s = Symbol('foo');
console.log(s);
console.log([s, Symbol(), Symbol('a b')]);
console.log({ [s]: 1 });
console.log({ x: 1, [Symbol('y')]: 2, z: 3 });
console.log({ [Symbol()]: 'empty', [Symbol.iterator]: 0 });
console.log({ nested: { [s]: [1, 2] } });
console.log({ k: s });
console.log(`${String(s)}`, [String(s)]);
const hidden = {};
Object.defineProperty(hidden, Symbol('h'), { value: 1, enumerable: false });
console.log(hidden);
console.log(Symbol("it's"), { [Symbol("q'uote")]: 1 });

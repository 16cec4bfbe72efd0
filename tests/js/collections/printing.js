// console.log of Map and Set as node prints them: sizes, nesting, depth, long ones broken over lines.
console.log(new Map([['a', 1], ['b', 2]]));
console.log(new Set([1]));
console.log(new Map(), new Set());
console.log(new Map([[{ a: 1 }, [1, 2]], [Symbol('s'), new Set(['x'])]]));
console.log({ m: new Map([[1, { a: { b: { c: 1 } } }]]) });
console.log([new Set([[1, 2]])]);
const big = new Set();
for (let i = 0; i < 30; i++) big.add(i * 100);
console.log(big);
const longMap = new Map();
for (let i = 0; i < 5; i++) longMap.set('a fairly long key ' + i, 'and a fairly long value ' + i);
console.log(longMap);
const withProps = new Map([[1, 2]]);
withProps.extra = 'prop';
console.log(withProps);
console.log(new Map([[new Map([[1, 2]]), new Set([new Set([1])])]]));
console.log(String(new Map()), `${new Set()}`);

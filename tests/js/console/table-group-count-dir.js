// console.table (columns from the rows' keys, a Values column for primitive rows, a properties
// filter, a primitive logged as it is), group/groupEnd indentation, count/countReset and dir.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([1, 'two', { three: 3 }]);
console.table([{ a: 1, b: 2, c: 3 }], ['a', 'c']);
console.table('not a table');
console.group('G');
console.log('in %s', 'group');
console.group();
console.log({ a: [1, 2] });
console.groupEnd();
console.groupEnd();
console.log('out');
console.count();
console.count();
console.count('x');
console.countReset();
console.count();
console.dir({ a: { b: { c: { d: 1 } } } });

// Map: set/get/has/delete/clear/size, chaining, insertion order.
const m = new Map();
console.log(m.set('a', 1) === m, m.size);
m.set('b', 2).set('c', 3);
console.log(m.get('a'), m.get('missing'), m.has('b'), m.has('z'), m.size);
console.log(m.delete('b'), m.delete('b'), m.size);
m.set('a', 10);
console.log([...m], m);
m.clear();
console.log(m.size, m, [...m]);
const keys = new Map([[1, 'number'], ['1', 'string'], [true, 'bool'], [null, 'null'], [undefined, 'undef']]);
console.log(keys.get(1), keys.get('1'), keys.get(true), keys.get(null), keys.get(undefined));
console.log(keys);

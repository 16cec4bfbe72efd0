// for-of heads without a declaration assign to existing names and properties.
let a, b;
const seen = [];
for ([a, b] of [[1, 2], [3, 4]]) seen.push(a + b);
console.log(seen, a, b);
const o = {};
for ({x: o.x} of [{x: 'first'}, {x: 'last'}]) {}
console.log(o.x);

// `key: target` reads property `key` into a differently named binding.
const {first: x, second: y} = {first: 'one', second: 'two'};
console.log(x, y);
let {a: b, b: a} = {a: 1, b: 2};
console.log(a, b);

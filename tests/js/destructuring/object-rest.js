// `...rest` in an object pattern collects the remaining own enumerable properties.
const {a, ...rest} = {a: 1, b: 2, c: 3};
console.log(a, rest);
const {...all} = {x: 1, y: 2};
console.log(all);
const {p, q, ...none} = {p: 1, q: 2};
console.log(none, Object.keys(none).length);

// Object pattern in a const declaration: each name reads the property of the same name.
const {a, b} = {a: 1, b: 2, c: 3};
console.log(a, b);
const {missing} = {};
console.log(missing);

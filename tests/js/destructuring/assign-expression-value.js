// A destructuring assignment evaluates to its right-hand side.
let a, b, c;
const src = [1, 2];
const result = [a, b] = src;
console.log(result === src, a, b);
const obj = {c: 3};
console.log(({c} = obj) === obj, c);
let x, y;
x = [y] = [5, 6];
console.log(x, y);

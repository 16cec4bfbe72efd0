// Shorthand with a default `{a = 1}`, in declarations and in assignments.
const {a = 1, b = 2} = {b: 20};
console.log(a, b);
let c, d;
({c = 'C', d = 'D'} = {d: 'dd'});
console.log(c, d);

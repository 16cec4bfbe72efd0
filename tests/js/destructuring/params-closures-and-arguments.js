// Pattern parameters with closures in defaults, a body function of the same name, and arguments.
function f({a, g = () => a}) { return g(); }
console.log(f({a: 5}));
function h({a}) { function a() { return 'fn'; } return typeof a; }
console.log(h({a: 1}));
function k([x] = [arguments.length]) { return x; }
console.log(k(), k([9]));
let {q = () => q} = {};
console.log(typeof q());
const o = {m({a} = {a: this.v}) { return a; }, v: 'this-v'};
console.log(o.m());
function dup(a, b) { [a, b] = [b, a]; return arguments[0]; }
console.log(dup(1, 2));
function mapped(a, b) { [a] = [b]; return arguments[0]; }
console.log(mapped('x', 'y'));

// A named function expression's name is bound inside it only, and is immutable there (sloppy: silent).
var f = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(f(6), typeof fact);
var g = function inner() { inner = 42; return typeof inner; };
console.log(g());
var h = function self() { return self === h; };
console.log(h());
var keep = f;
f = null;
console.log(keep(5));

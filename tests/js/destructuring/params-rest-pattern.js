// A rest parameter can itself be a pattern.
function f(a, ...[b, c]) { return [a, b, c]; }
console.log(f(1, 2, 3, 4));
function g(...{length}) { return length; }
console.log(g(), g(1, 2, 3));

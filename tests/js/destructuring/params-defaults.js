// Parameter defaults may use earlier parameters, including names from earlier patterns.
function f({a}, b = a * 2, [c = b + 1] = []) { return [a, b, c]; }
console.log(f({a: 1}), f({a: 1}, 5), f({a: 1}, 5, [0]));
function g(x, {y = x} = {}) { return y; }
console.log(g(7), g(7, {y: 8}));

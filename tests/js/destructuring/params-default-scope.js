// Parameter patterns and defaults see earlier parameters; a body var of the same name starts with the parameter's value.
function f(a, {b} = {b: a}, [c] = [b]) { var a; return [a, b, c, arguments.length]; }
console.log(f(1), f(1, {b: 2}), f(1, {b: 2}, [3]));
const g = ({a}, ...{length}) => [a, length];
console.log(g({a: 1}, 2, 3));

// The arguments object and other array-likes that are iterable can be destructured.
function f() {
  const [a, b, ...rest] = arguments;
  return [a, b, rest];
}
console.log(f(1, 2, 3, 4));
function g() { const {length, 0: zero} = arguments; return [length, zero]; }
console.log(g('z', 'y'));

// Parameter strings: several names in one string, defaults, rest, trailing commas and
// comments; the function's length counts parameters before the first default or rest.
const f = Function("a, b = 2", "...c", "return [a, b, c]");
console.log(JSON.stringify(f(1)), JSON.stringify(f(1, 5, 6, 7)), f.length);
console.log(Function("a,", "return a")(9));
console.log(Function("a // a comment", "return a")(8));
console.log(Function("{x, y}", "[z]", "return x + y + z")({ x: 1, y: 2 }, [3]));
console.log(Function("a = 1, b = a + 1", "return b")());
console.log(Function("a", "a", "return a")(1, 2)); // sloppy duplicate parameters: the last wins

// A function's length counts parameters before the first default or rest; patterns count.
console.log((function ({a}, [b]) {}).length);
console.log((function ({a} = {}, b) {}).length);
console.log((function (x, {a}, ...rest) {}).length);
console.log((({a}, b = 1, c) => {}).length);
console.log((function (...[a, b]) {}).length);

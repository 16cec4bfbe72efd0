// Array pattern in declarations: elements are taken in order through iteration.
const [a, b, c] = [1, 2, 3];
console.log(a, b, c);
let [x, y] = [10];
console.log(x, y);
var [only] = [['nested']];
console.log(only);

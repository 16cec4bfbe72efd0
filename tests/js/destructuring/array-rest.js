// `...rest` in an array pattern collects the remaining elements into a new array.
const [head, ...tail] = [1, 2, 3, 4];
console.log(head, tail);
const [x, y, ...empty] = [1];
console.log(x, y, empty, Array.isArray(empty));
const [...copy] = 'abc';
console.log(copy);
const [p, ...[q, r]] = [1, 2, 3];
console.log(p, q, r);

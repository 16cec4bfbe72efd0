// Array pattern: GetIterator, one next() step per element, IteratorClose in a try-finally.
function test(arr) { const [x, y = 7] = arr; return x + y; }
test([1]);

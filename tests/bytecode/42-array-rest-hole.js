// Array pattern with a hole and a rest element: the rest loop fills a new array with StaInArrayLiteral.
function test(arr) { const [, b, ...r] = arr; return r; }
test([1, 2, 3]);

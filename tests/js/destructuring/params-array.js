// Array patterns as parameters.
function sum([a, b, ...more]) { return a + b + more.length; }
console.log(sum([1, 2]), sum([1, 2, 3, 4]));
function first([x] = ['default']) { return x; }
console.log(first(), first(['given']));
function pair([a, b], [c, d]) { return a * c + b * d; }
console.log(pair([1, 2], [3, 4]));

// Array.prototype.push's fast path returns the new length as a uint32, above 2^31 - 1 too.
function pushed(a, v) { return a.push(v); }
let total = 0;
for (let i = 0; i < 100000; i++) total += pushed([i], i);
console.log(total);
const big = [];
big.length = 2147483647;
console.log(pushed(big, "a"), big.length, big[2147483647]);
const bigger = [];
bigger.length = 4294967293;
console.log(pushed(bigger, "b"), pushed(bigger, "c"), bigger.length);
console.log(bigger[4294967293], bigger[4294967294]);

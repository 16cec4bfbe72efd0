// Simple recursion to 10,000 frames (and a bit more) must work.
function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }
console.log(sum(10000));
function depth(n) { if (n === 0) return 0; var r = depth(n - 1); return r + 1; }
console.log(depth(10000));
function countDown(n, acc) { if (n === 0) return acc; acc.push(n); return countDown(n - 1, acc); }
console.log(countDown(10000, []).length);

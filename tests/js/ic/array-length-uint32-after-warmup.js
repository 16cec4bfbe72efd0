// A warm LoadIC array-length handler gives a length above 2^31 - 1 as a uint32, not clamped to int32.
function arr(n) { return new Array(n).length; }
let s = 0;
for (let i = 0; i < 100000; i++) s += arr(i & 15);
console.log(s);
console.log(arr(4294967295), arr(2147483648), arr(2147483647));

// The same site warmed on dense arrays, then given sparse ones grown by a store or by length.
function len(a) { return a.length; }
for (let i = 0; i < 100000; i++) len([i, i + 1]);
const stored = [];
stored[4294967294] = "last";
const set = [1, 2, 3];
set.length = 3000000000;
console.log(len(stored), len(set), len([]));
console.log(len(stored) === 2 ** 32 - 1, len(set) - 1, typeof len(set));

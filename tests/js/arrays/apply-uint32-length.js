// Function.prototype.apply reads an array's length as a uint32: a sparse array above 2^31 - 1 is "Invalid array length", after warm-up too.
function count() { return arguments.length; }
let total = 0;
for (let i = 0; i < 100000; i++) total += count.apply(null, [i, i]);
console.log(total);
for (const n of [2 ** 32 - 1, 2 ** 31, 2 ** 27]) {
  const sparse = [];
  sparse.length = n;
  try { console.log(count.apply(null, sparse)); } catch (e) { console.log(n, e.name, e.message); }
  try { console.log(count.apply(null, { length: n })); } catch (e) { console.log(n, e.name, e.message); }
}
const holey = [1, , 3];
console.log(count.apply(null, holey), count.apply(null, { length: 2, 0: "a" }));

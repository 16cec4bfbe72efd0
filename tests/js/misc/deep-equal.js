// Recursive structural equality over arrays, plain objects and primitives (NaN equal to NaN).
function deepEqual(a, b) {
  if (a === b) return true;
  if (a !== a && b !== b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if ((a instanceof Array) !== (b instanceof Array)) return false;
  var ka = 0, kb = 0;
  for (var k in a) { if (!a.hasOwnProperty(k)) continue; ka++; if (!b.hasOwnProperty(k) || !deepEqual(a[k], b[k])) return false; }
  for (var k2 in b) if (b.hasOwnProperty(k2)) kb++;
  return ka === kb;
}
console.log(deepEqual({ a: [1, 2, { b: NaN }] }, { a: [1, 2, { b: NaN }] }));
console.log(deepEqual([1, 2], { 0: 1, 1: 2 }), deepEqual({ a: 1 }, { a: 1, b: undefined }));
console.log(deepEqual("1", 1), deepEqual(null, {}), deepEqual([[]], [[]]), deepEqual(-0, 0));

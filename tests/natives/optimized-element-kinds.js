// Typed element access from optimized code, kind by kind: a Smi, double or tagged array read and written
// in place (int32, float64 and tagged values, NaN, -0, holes, frozen and sealed arrays), then met with
// another kind, a hole, an index out of bounds or a fractional index (each function warmed up, then
// optimized by its next call; the expected output is node 20's, the same without the tier).
function opt(f, ...warm) { %PrepareFunctionForOptimization(f); for (const w of warm) f(...w); %OptimizeFunctionOnNextCall(f); }
// Sum over a double array: each element a float64 straight from the double store
function sum(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
opt(sum, [[0.5, 1.5]], [[2.5, 3.5, 4.5]]);
console.log(sum([0.25, 0.5, 0.75]), sum([1, 2, 3]), sum([1.5, 'x']), sum([NaN, 1.5]), sum([]));
// Stores into a double array: int32, float64 and tagged numbers; NaN and -0 survive; a string generalizes
function scale(a, k) { for (let i = 0; i < a.length; i++) a[i] = a[i] * k; return a; }
opt(scale, [[0.5, 1.5], 2], [[2.5], 3]);
console.log(scale([0.5, 1.5, 2.5], 2), scale([1.5, 2.5], NaN), scale([1.5, 0.5], -0), scale([0.5, 1.5], 'x'));
function put(a, i, v) { a[i] = v; return a; }
opt(put, [[0.5, 1.5], 0, 2.5], [[0.5, 1.5], 1, 7]);
const holes = [0.5, , 1.5];
console.log(put([0.5, 1.5], 1, 3), put([0.5, 1.5], 0, -0), put([0.5, 1.5], 0, NaN), put(holes, 1, 9), put([0.5], 1, 2));
console.log(Object.is(put([0.5], 0, -0)[0], -0), put([0.5, 1.5], 0, undefined), put([0.5, 1.5], 1, {}));
// Smi arrays: int32 loads and stores; a double or a string arriving
function inc(a) { for (let i = 0; i < a.length; i++) a[i] = a[i] + 1; return a; }
opt(inc, [[1, 2]], [[3, 4, 5]]);
console.log(inc([1, 2, 3]), inc([2147483647, 0]), inc([1.5, 2]), inc(['a', 1]), inc([1, , 3]));
// Tagged arrays: objects and strings, holes, a frozen and a sealed array
function first(a, i) { return a[i]; }
opt(first, [['a', 'b'], 0], [[{}, 'c'], 1]);
const proto = ['p0', 'p1'];
const holey = ['a', , 'c'];
console.log(first(['x', 'y'], 1), first(holey, 1), first(holey, 2), first(['z'], 1), first(['z'], -1));
function set(a, i, v) { a[i] = v; return a; }
opt(set, [['a', 'b'], 0, 'c'], [[{}, 'd'], 1, 1.5]);
const frozen = Object.freeze(['f', 'g']);
const sealed = Object.seal(['s', 't']);
console.log(set(['a', 'b'], 1, 'z'), set(frozen, 0, 'no'), set(sealed, 1, 'yes'), set(['a', , 'c'], 1, 'b'));
// Holey double arrays and a hole on the prototype chain
function at(a, i) { return a[i]; }
opt(at, [[0.5, , 1.5], 0], [[0.5, , 1.5], 2]);
console.log(at([0.5, , 1.5], 1), at([0.5, 1.5], 1), at([2.5, , 3.5], 2));
Array.prototype[1] = 'from the prototype';
console.log(at([0.5, , 1.5], 1), first(['a', , 'c'], 1));
delete Array.prototype[1];
// Indexes that are no int32: a fraction, -0 (element 0), NaN, a large double
function byHalf(a, x) { return a[x / 2]; }
opt(byHalf, [[10, 20, 30], 2.0 * 1], [[10, 20, 30], 4]);
console.log(byHalf([10, 20, 30], 2), byHalf([10, 20, 30], 3), byHalf([10, 20, 30], -0), byHalf([10, 20], NaN),
    byHalf([10, 20], 2 ** 40));

// Optimized property and element accesses give node's answers at their edges: elements-kind changes, stores past
// the end, frozen objects, holes, prototype changes and getters after optimizing, polymorphic and dictionary objects
// (each function warmed up, then optimized by its next call; the expected output is node 20's, the same without the tier).
function opt(f, ...warm) { %PrepareFunctionForOptimization(f); for (const w of warm) f(...w); %OptimizeFunctionOnNextCall(f); }
// Element stores that change the elements kind
function st(a, i, v) { a[i] = v; return a; }
opt(st, [[1, 2, 3], 0, 5], [[1, 2, 3], 1, 6]);
console.log(st([1, 2, 3], 0, 1.5), st([1, 2, 3], 1, 'x'), st([1, 2, 3], 3, 4), st([1, 2, 3], 5, 9));
function st2(a, i, v) { a[i] = v; return a; }
opt(st2, [[1, 2, 3], 0, 5], [[1, 2, 3], 1, 6]);
console.log(st2([1, 2, 3], 3, 4));
function st3(a, i, v) { a[i] = v; return a[i]; }
opt(st3, [[1, 2, 3], 0, 5], [[1, 2, 3], 1, 6]);
console.log(st3([1, 2, 3], 1, 2.5));
function st4(a, i, v) { a[i] = v; return a; }
opt(st4, [[1, 2, 3], 0, 5], [[1, 2, 3], 1, 6]);
console.log(st4([1, 2, 3], -1, 4), st4([1, 2, 3], 1, undefined));
function st5(a, i, v) { a[i] = v; return a.length; }
opt(st5, [[1, 2, 3], 0, 5], [[1, 2, 3], 1, 6]);
const fz = Object.freeze([1, 2, 3]);
console.log(st5(fz, 0, 9), fz);
// loads from arrays with holes / other kinds
function ld(a, i) { return a[i]; }
opt(ld, [[1.5, 2.5], 0], [[1.5, 2.5], 1]);
console.log(ld([1.5, 2.5], 1), ld([1, 2], 1), ld(['a'], 0), ld([1.5, , 2.5], 1));
function ld2(a, i) { return a[i]; }
opt(ld2, [[1, 2], 0], [[1, 2], 1]);
console.log(ld2([1, 2], 1.5), ld2([1, 2], -0), ld2([1, 2], '1'), ld2('ab', 1));
// array length after push / pop
function len(a) { return a.length; }
opt(len, [[1, 2]], [[3]]);
const arr = [1, 2]; arr.push(3); console.log(len(arr)); arr.length = 0; console.log(len(arr)); console.log(len([1.5]), len({length: 7}));
// prototype loads and a prototype change after optimizing
function Point(x) { this.x = x; }
Point.prototype.k = 10;
function pk(p) { return p.k; }
opt(pk, [new Point(1)], [new Point(2)]);
console.log(pk(new Point(3)));
Point.prototype.k = 20;
console.log(pk(new Point(4)));
const p5 = new Point(5); p5.k = 30; console.log(pk(p5));
Object.prototype.k2 = 1;
function pk2(p) { return p.k2; }
opt(pk2, [new Point(1)], [new Point(2)]);
console.log(pk2(new Point(3)));
Object.defineProperty(Point.prototype, 'k2', { get() { return 'getter'; } });
console.log(pk2(new Point(3)));
// field stores
function sx(p, v) { p.x = v; return p; }
opt(sx, [new Point(1), 2], [new Point(3), 4]);
console.log(sx(new Point(1), 2.5), sx(new Point(1), 'str'), sx({x: 1}, 2));
const frozen = Object.freeze(new Point(1)); console.log(sx(frozen, 9));
function sxs(p, v) { 'use strict'; p.x = v; return p; }
opt(sxs, [new Point(1), 2], [new Point(3), 4]);
try { sxs(Object.freeze(new Point(1)), 3); } catch (e) { console.log(e.constructor.name, e.message); }
// store then load in the same function
function swap(o) { const t = o.a; o.a = o.b; o.b = t; return o.a + o.b * 10; }
opt(swap, [{a: 1, b: 2}], [{a: 3, b: 4}]);
console.log(swap({a: 5, b: 6}), swap({a: 'x', b: 'y'}));
// a setter installed on the prototype after optimizing a store
function sy(p, v) { p.y = v; return p.y; }
opt(sy, [{y: 1}, 2], [{y: 3}, 4]);
console.log(sy({y: 1}, 5));
// polymorphic loads
function px(o) { return o.x; }
opt(px, [{x: 1}], [{y: 0, x: 2}], [{z: 0, y: 0, x: 3}]);
console.log(px({x: 4}), px({y: 0, x: 5}), px({q: 1, x: 6}), px(new Point(7)));
// dictionary-mode objects
const d = {x: 1, y: 2}; delete d.y;
function dx(o) { return o.x; }
opt(dx, [{x: 1, y: 2}], [{x: 3, y: 4}]);
console.log(dx(d), dx({x: 9, y: 8}));
// loop with array loads and stores
function fill(n) { const a = []; for (let i = 0; i < n; i++) a[i] = i * 2; let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return [s, a.length]; }
opt(fill, [3], [4]);
console.log(fill(10), fill(0));
function sumArr(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
opt(sumArr, [[1, 2, 3]], [[4, 5, 6]]);
const grow = [1, 2, 3];
console.log(sumArr(grow), sumArr([1, , 3]), sumArr([0.5, 0.25]));

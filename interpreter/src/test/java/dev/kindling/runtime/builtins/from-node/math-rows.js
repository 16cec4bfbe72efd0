// Math expressions whose node results MathBuiltinsTest pins (regen.sh, through gen-rows.js and mkclass.py).
const rows = [];
const lit = (x) => Object.is(x, -0) ? '-0.0' : Number.isNaN(x) ? 'Double.NaN' : x === Infinity ? 'Double.POSITIVE_INFINITY' : x === -Infinity ? 'Double.NEGATIVE_INFINITY'
  : typeof x === 'string' ? JSON.stringify(x) : x === null ? 'JsHarness.NULL' : x === undefined ? 'JsHarness.U' : typeof x === 'boolean' ? String(x)
  : Number.isInteger(x) && Math.abs(x) < 2**31 ? String(x) : (String(x).match(/[.e]/) ? String(x) : String(x) + '.0');
const jsl = (x) => Object.is(x, -0) ? '-0' : typeof x === 'string' ? JSON.stringify(x) : String(x);
const add = (fn, ...args) => rows.push([`Math.${fn}(${args.map(jsl).join(', ')})`, `h.call("Math.${fn}"${args.map(a => ', ' + lit(a)).join('')})`]);
for (const x of [2.5, -2.5, 3.5, -3.5, 2.4, -2.6, 0.49999999999999994, -0.5, 0.5, -0.4, -0, 1e21, 2**52 + 0.5, -Infinity, NaN, "2.5", 7, -2147483648]) add('round', x);
for (const x of [3.7, -3.7, -0.5, 0.5, -0, 7, 1e300, "7.9", null, undefined]) { add('floor', x); add('ceil', x); add('trunc', x); }
for (const x of [5, -5, 0, -0, "-3", NaN, -Infinity]) add('sign', x);
for (const x of [-5, -0, "-3", null, "x", -Infinity, -2147483648]) add('abs', x);
add('max'); add('min'); add('max', 1, 3, 2); add('min', 1, 3, 2); add('max', 1, NaN, 3); add('min', NaN);
add('max', -0, 0); add('max', 0, -0); add('min', 0, -0); add('min', -0, 0); add('max', "7", 2); add('min', "a", 1);
add('max', -Infinity, -1e308); add('max', null, -1); add('min', undefined, 1); add('max', 1.5, 2); add('max', true, false);
for (const [a, b] of [[2, 10], [2, 0.5], [-8, 1/3], [0, 0], [NaN, 0], [1, Infinity], [-1, Infinity], [2, -1074], [2, -1075], [10, -5], [10, 21], [4, 0.5], [-0, -3], [-2, 3], [1.0000001, 1e9]]) add('pow', a, b);
for (const [a, b] of [[10, -4], [1.05, 29], [1.1, 25], [3, -18], [10, 26], [0.1, 8], [2.5, -11], [1.01, 11], [2, 0.3699957376206274], [9.647127473562549, -0.7834233952609004], [-8, 3], [-0, -1], [-Infinity, -3], [1e-310, 0.5], [-2, 0.5]]) add('pow', a, b);
for (const x of [16, 2, -1, -0, Infinity]) add('sqrt', x);
for (const x of [27, -8, 2, -0]) add('cbrt', x);
for (const x of [0, 1, -1, 710, 1e-10, 0.5, 10]) { add('exp', x); add('expm1', x); }
for (const x of [1, Math.E, 0, -1, 10, 0.5, 1e-300]) add('log', x);
for (const x of [8, 1024, 3, 10, 0.1, 1e-310, 0, -1, 2**-1074]) add('log2', x);
for (const x of [1000, 2, 0.001, 5]) add('log10', x);
for (const x of [0, 1e-10, 1, -0.5, -1]) add('log1p', x);
add('hypot', 3, 4); add('hypot'); add('hypot', -5); add('hypot', 1, 1); add('hypot', 3, 4, 12); add('hypot', NaN, Infinity); add('hypot', NaN, 1); add('hypot', 0.1, 0.2, 0.3); add('hypot', 1e200, 1e200);
for (const x of [0, -0, 1, 2, 0.5, -1, Math.PI / 2, Math.PI, Math.PI / 4, 1e10, 100, 3, Infinity]) { add('sin', x); add('cos', x); add('tan', x); }
for (const x of [1, -1, 0.5, 2, 0.3]) { add('asin', x); add('acos', x); }
for (const x of [1, -1, Infinity, 0.5, 10]) add('atan', x);
for (const [a, b] of [[1, 1], [-1, -1], [0, -1], [-0, -1], [0, 0], [-0, -0], [1, 0], [Infinity, Infinity]]) add('atan2', a, b);
for (const x of [0, 1, -1, 0.5, 10, 1e-20, 1e10, 30]) { add('sinh', x); add('cosh', x); add('tanh', x); }
for (const x of [0, -0, 1, 0.5, 2, 10, 1e-20, 1e300, -3]) add('asinh', x);
for (const x of [1, 0.5, 2, 10, 1e300, 1.5]) add('acosh', x);
for (const x of [0, -0, 0.5, -0.5, 1, 0.9, 1e-20, 2]) add('atanh', x);
for (const x of [0, 1, 0x80000000, -1, 0.5, 2**32 + 1]) add('clz32', x);
for (const [a, b] of [[2, 3], [-1, 8], [0xffffffff, 5], [0x7fffffff, 2], [65536, 65536]]) add('imul', a, b);
for (const x of [1, 5.5, 5.05, 0.1, 2**128, 1e-50, -0, NaN, 16777217]) add('fround', x);
rows.push(['Math.PI', 'h.global("Math.PI")'], ['Math.E', 'h.global("Math.E")'], ['Math.LN2', 'h.global("Math.LN2")'], ['Math.LN10', 'h.global("Math.LN10")'],
  ['Math.LOG2E', 'h.global("Math.LOG2E")'], ['Math.LOG10E', 'h.global("Math.LOG10E")'], ['Math.SQRT2', 'h.global("Math.SQRT2")'], ['Math.SQRT1_2', 'h.global("Math.SQRT1_2")'],
  ['String(Math)', 'h.call("String", h.global("Math"))'], ['Math', 'h.global("Math")'], ['typeof Math.random()', 'dev.kindling.runtime.Operators.typeOf(h.call("Math.random"))'],
  ['Math.max({ valueOf() { return 9; } }, 8)', 'h.call("Math.max", h.obj("valueOf", h.realm.newBuiltin("valueOf", 0, (r, t, a) -> 9)), 8)']);
module.exports = rows;

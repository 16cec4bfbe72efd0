// Math's functions on their corners: halves and -0 in rounding, NaN and -0 in max/min, coerced
// arguments, and the transcendental functions bit for bit with node (fdlibm's and msun's
// algorithms; pow at the inputs where Java's pow is one ulp off). Each line: a call and its result.
const show = (fn, ...args) => console.log(`Math.${fn}(${args.map(() => '%O').join(', ')}) = %O`, ...args, Math[fn](...args));
for (const x of [2.5, -2.5, 3.5, -3.5, 2.4, -2.6, 0.49999999999999994, -0.5, 0.5, -0.4, -0, 1e21, 2**52 + 0.5, -Infinity, NaN, "2.5", 7, -2147483648]) show('round', x);
for (const x of [3.7, -3.7, -0.5, 0.5, -0, 7, 1e300, "7.9", null, undefined]) { show('floor', x); show('ceil', x); show('trunc', x); }
for (const x of [5, -5, 0, -0, "-3", NaN, -Infinity]) show('sign', x);
for (const x of [-5, -0, "-3", null, "x", -Infinity, -2147483648]) show('abs', x);
show('max'); show('min'); show('max', 1, 3, 2); show('min', 1, 3, 2); show('max', 1, NaN, 3); show('min', NaN);
show('max', -0, 0); show('max', 0, -0); show('min', 0, -0); show('min', -0, 0); show('max', "7", 2); show('min', "a", 1);
show('max', -Infinity, -1e308); show('max', null, -1); show('min', undefined, 1); show('max', 1.5, 2); show('max', true, false);
for (const [a, b] of [[2, 10], [2, 0.5], [-8, 1/3], [0, 0], [NaN, 0], [1, Infinity], [-1, Infinity], [2, -1074], [2, -1075], [10, -5], [10, 21], [4, 0.5], [-0, -3], [-2, 3], [1.0000001, 1e9]]) show('pow', a, b);
for (const [a, b] of [[10, -4], [1.05, 29], [1.1, 25], [3, -18], [10, 26], [0.1, 8], [2.5, -11], [1.01, 11], [2, 0.3699957376206274], [9.647127473562549, -0.7834233952609004], [-8, 3], [-0, -1], [-Infinity, -3], [1e-310, 0.5], [-2, 0.5]]) show('pow', a, b);
for (const x of [16, 2, -1, -0, Infinity]) show('sqrt', x);
for (const x of [27, -8, 2, -0]) show('cbrt', x);
for (const x of [0, 1, -1, 710, 1e-10, 0.5, 10]) { show('exp', x); show('expm1', x); }
for (const x of [1, Math.E, 0, -1, 10, 0.5, 1e-300]) show('log', x);
for (const x of [8, 1024, 3, 10, 0.1, 1e-310, 0, -1, 2**-1074]) show('log2', x);
for (const x of [1000, 2, 0.001, 5]) show('log10', x);
for (const x of [0, 1e-10, 1, -0.5, -1]) show('log1p', x);
show('hypot', 3, 4); show('hypot'); show('hypot', -5); show('hypot', 1, 1); show('hypot', 3, 4, 12); show('hypot', NaN, Infinity); show('hypot', NaN, 1); show('hypot', 0.1, 0.2, 0.3); show('hypot', 1e200, 1e200);
for (const x of [0, -0, 1, 2, 0.5, -1, Math.PI / 2, Math.PI, Math.PI / 4, 1e10, 100, 3, Infinity]) { show('sin', x); show('cos', x); show('tan', x); }
for (const x of [1, -1, 0.5, 2, 0.3]) { show('asin', x); show('acos', x); }
for (const x of [1, -1, Infinity, 0.5, 10]) show('atan', x);
for (const [a, b] of [[1, 1], [-1, -1], [0, -1], [-0, -1], [0, 0], [-0, -0], [1, 0], [Infinity, Infinity]]) show('atan2', a, b);
for (const x of [0, 1, -1, 0.5, 10, 1e-20, 1e10, 30]) { show('sinh', x); show('cosh', x); show('tanh', x); }
for (const x of [0, -0, 1, 0.5, 2, 10, 1e-20, 1e300, -3]) show('asinh', x);
for (const x of [1, 0.5, 2, 10, 1e300, 1.5]) show('acosh', x);
for (const x of [0, -0, 0.5, -0.5, 1, 0.9, 1e-20, 2]) show('atanh', x);
for (const x of [0, 1, 0x80000000, -1, 0.5, 2**32 + 1]) show('clz32', x);
for (const [a, b] of [[2, 3], [-1, 8], [0xffffffff, 5], [0x7fffffff, 2], [65536, 65536]]) show('imul', a, b);
for (const x of [1, 5.5, 5.05, 0.1, 2**128, 1e-50, -0, NaN, 16777217]) show('fround', x);
console.log(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
console.log('%O', String(Math), typeof Math.random());
console.log(Math);
console.log(Math.max({ valueOf() { return 9; } }, 8));

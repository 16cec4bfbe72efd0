// Optimized int32 and float64 arithmetic gives node's answers at its edges (-0, overflow, NaN, shifts past 31, a
// float64 result used as a Map key or an index); each function warmed up, then optimized by its next call. The
// expected output is node 20's, the same without the tier.
function opt(f, ...warm) { %PrepareFunctionForOptimization(f); for (const w of warm) f(...w); %OptimizeFunctionOnNextCall(f); }
function mod(a, b) { return a % b; } opt(mod, [7, 3], [9, 4]);
console.log(Object.is(mod(-5, 5), -0), mod(-7, 3), mod(7, -3), mod(-2147483648, -1), Object.is(mod(-2147483648, -1), -0), mod(5, 0));
function div(a, b) { return a / b; } opt(div, [6, 3], [8, 2]);
console.log(Object.is(div(0, -5), -0), div(-2147483648, -1), div(7, 2), div(-8, 2));
function mul(a, b) { return a * b; } opt(mul, [6, 3], [8, 2]);
console.log(mul(65536, 65536), mul(-65536, 32768), mul(46341, 46341), Object.is(mul(-3, 0), -0), mul(2147483647, 2));
function neg(a) { return -a; } opt(neg, [6], [8]);
console.log(neg(-2147483648), Object.is(neg(0), -0), neg(5));
function inc(a) { return ++a; } opt(inc, [6], [8]);
console.log(inc(2147483647));
function dec(a) { return --a; } opt(dec, [6], [8]);
console.log(dec(-2147483648));
function sub(a, b) { return a - b; } opt(sub, [6, 3], [8, 2]);
console.log(sub(-2147483648, 1), sub(0, -2147483648), Object.is(sub(0, 0), 0));
function shl(a, b) { return a << b; } opt(shl, [6, 3], [8, 2]);
console.log(shl(1, 33), shl(1, 31), shl(-1, 32), shl(5, -1));
function sar(a, b) { return a >> b; } opt(sar, [6, 3], [8, 2]);
console.log(sar(-8, 33), sar(-1, 31), sar(8, -30));
function shr(a, b) { return a >>> b; } opt(shr, [6, 3], [8, 2]);
console.log(shr(-1, 0), shr(-8, 1), shr(-1, 32), shr(8, 33));
function band(a, b) { return (a & b) + (a | b) + (a ^ b); } opt(band, [6, 3], [8, 2]);
console.log(band(-1, 2147483647), band(-2147483648, -1));
function bnot(a) { return ~a; } opt(bnot, [6], [8]);
console.log(bnot(-1), bnot(2147483647), bnot(-2147483648));
function fadd(a, b) { return a + b; } opt(fadd, [1.5, 2.25], [0.5, 0.25]);
const three = fadd(1.5, 1.5);
const m = new Map([[3, 'three']]);
console.log(three, m.get(three), [10, 20, 30, 40][three], Object.is(fadd(-0, -0), -0), fadd(0.1, 0.2), fadd(2147483647.5, 0.5));
const o = {}; o[three] = 'x'; console.log(Object.keys(o), o[3]);
function fmod(a, b) { return a % b; } opt(fmod, [5.5, 2], [7.5, 2.5]);
console.log(fmod(-1, 1), Object.is(fmod(-1, 1), -0), fmod(5.5, 0), fmod(Infinity, 2), fmod(5, Infinity), fmod(-5.5, 2));
function fdiv(a, b) { return a / b; } opt(fdiv, [5.5, 2], [7.5, 2.5]);
console.log(fdiv(1, 0), fdiv(-1, 0), fdiv(0, 0), Object.is(fdiv(0, -1), -0), fdiv(6, 3), [1,2,3][fdiv(4, 2)]);
function fneg(a) { return -a; } opt(fneg, [5.5], [7.5]);
console.log(Object.is(fneg(0), -0), fneg(-0), fneg(2.5), new Map([[-2, 'm2']]).get(fneg(2)));
function finc(a) { return a++; } opt(finc, [5.5], [7.5]);
console.log(finc(1.5), finc(2147483647.5));
function mixed(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; } opt(mixed, [[1, 2, 3]], [[4, 5]]);
console.log(mixed([1, 2, 3]), mixed([2147483647, 1]), mixed([1.5, 2]), mixed(['a', 1]));
function tb(x) { return x ? 'T' : 'F'; } opt(tb, [1.5], [0.5]);
console.log(tb(NaN), tb(0), tb(-0), tb(0.1));
function tbi(x) { return x ? 'T' : 'F'; } opt(tbi, [1], [0]);
console.log(tbi(0), tbi(-1), tbi(''), tbi('a'));

// Optimized compares give node's answers for NaN, -0 and Infinity, as values and as branches (float64 feedback);
// the expected output is node 20's, the same without the tier.
function opt(f, ...warm) { %PrepareFunctionForOptimization(f); for (const w of warm) f(...w); %OptimizeFunctionOnNextCall(f); }
function lt(a, b) { return a < b; } function le(a, b) { return a <= b; }
function gt(a, b) { return a > b; } function ge(a, b) { return a >= b; }
function eq(a, b) { return a == b; } function seq(a, b) { return a === b; }
function blt(a, b) { if (a < b) return 'y'; return 'n'; } function bge(a, b) { if (a >= b) return 'y'; return 'n'; }
function ble(a, b) { if (a <= b) return 'y'; return 'n'; } function bgt(a, b) { if (a > b) return 'y'; return 'n'; }
function nlt(a, b) { return !(a < b); } function nge(a, b) { if (!(a >= b)) return 'y'; return 'n'; }
const fs = [lt, le, gt, ge, eq, seq, blt, bge, ble, bgt, nlt, nge];
for (const f of fs) opt(f, [1.5, 2.5], [3.5, 0.5], [1.5, 1.5]);
for (const f of fs) console.log(f.name, f(NaN, 1), f(1, NaN), f(NaN, NaN), f(0, -0), f(-0, 0), f(1.5, 2.5), f(2.5, 1.5), f(Infinity, Infinity));

// Math.floor/ceil/sqrt/abs/max/min called from hot code become float64 operations: they keep
// JS's results for minus zero, NaN, infinities, int32 arguments and, after a deopt, for
// arguments that are not numbers.
function ops(x, y) {
  return [Math.floor(x), Math.ceil(x), Math.sqrt(x), Math.abs(x), Math.max(x, y), Math.min(x, y)];
}
function dist(ax, ay, bx, by) { const dx = ax - bx, dy = ay - by; return Math.sqrt(dx * dx + dy * dy); }
let sum = 0;
for (let i = 0; i < 20000; i++) {
  const r = ops(i * 0.25 - 100, 50 - i);
  sum += r[0] + r[1] + (r[2] || 0) + r[3] + r[4] + r[5] + dist(i, 1, 0, i & 15);
}
console.log(sum);
console.log(ops(-0, 0), ops(0, -0), ops(-0.5, -0.25));
console.log(ops(NaN, 1), ops(1, NaN), ops(Infinity, -Infinity));
console.log(ops(7, 3), ops(-2147483648, 2147483647), ops(4.5, 4.5));
console.log(ops("2.5", "-1"), ops(undefined, null), ops(true, [3]));
console.log(1 / Math.max(-0, 0), 1 / Math.min(-0, 0), 1 / ops(-0.5, 0)[1]);

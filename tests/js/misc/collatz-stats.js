// Numeric loop workload: longest Collatz chain under 10000 (tests loop speed and integer math).
var best = 0, bestN = 0;
for (var n = 1; n < 10000; n++) {
  var x = n, steps = 0;
  while (x !== 1) { x = x % 2 === 0 ? x / 2 : 3 * x + 1; steps++; }
  if (steps > best) { best = steps; bestN = n; }
}
console.log(bestN, best);

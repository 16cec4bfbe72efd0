// filter: sumTo
// The optimizing tier's walkthrough function (docs/optimizing-tier.md; tests/ir/int-loop.js is the same).
function sumTo(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += i;
  return sum;
}
sumTo(10);

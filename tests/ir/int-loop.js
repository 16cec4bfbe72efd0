// filter: sumTo
// An int32 loop: the counter and the sum become int32 phis, each add checked for overflow.
function sumTo(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += i;
  return sum;
}
%PrepareFunctionForOptimization(sumTo);
console.log(sumTo(10));
%OptimizeFunctionOnNextCall(sumTo);
console.log(sumTo(100));

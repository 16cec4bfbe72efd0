// "not a Smi": add(a, b) warmed up on small integers adds int32s; a string fails CheckedSmiUntag.
function add(a, b) { return a + b; }
%PrepareFunctionForOptimization(add);
console.log(add(1, 2), add(3, 4));
%OptimizeFunctionOnNextCall(add);
console.log(add(5, 6));
console.log(add('5', 6));
console.log(add(7, 8));

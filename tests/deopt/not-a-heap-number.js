// "not a heap number": put(a, i, v) stored numbers into a double array, so the optimized store
// writes a raw double after CheckNumber (a Smi or a heap number passes); a string is no number,
// the check fails and the interpreter's store moves the array to PACKED_ELEMENTS.
function put(a, i, v) { a[i] = v; }
const a = [0.5, 1.5, 2.5];
%PrepareFunctionForOptimization(put);
put(a, 0, 3.25);
put(a, 1, 4);
%OptimizeFunctionOnNextCall(put);
put(a, 2, 7.75);
console.log(a);
put(a, 1, "x");
console.log(a);

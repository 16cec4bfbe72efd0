// %IsBeingInterpreted() answers for the code calling it: the top level and a function the tier
// has not compiled run in the interpreter (node 20 agrees; its tiers fold the call to false in
// optimized code, and Kindling's tier does not compile natives calls, so such code stays
// interpreted). %ActiveTierIsIgnition(f): whether f's next call interprets.
console.log('top level:', %IsBeingInterpreted());
function probe() { return %IsBeingInterpreted(); }
console.log('in a function:', probe());

function square(x) { return x * x; }
console.log('before any call:', %ActiveTierIsIgnition(square));
%PrepareFunctionForOptimization(square);
console.log(square(3), 'prepared:', %ActiveTierIsIgnition(square));
%OptimizeFunctionOnNextCall(square);
console.log(square(4), 'optimized:', %ActiveTierIsIgnition(square));
%DeoptimizeFunction(square);
console.log(square(5), 'deoptimized:', %ActiveTierIsIgnition(square));

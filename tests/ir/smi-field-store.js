// filter: setCount
// A store into a Smi field from optimized code. Every Counter's n has been a Smi, and the
// code of `setCount` may not be the one to generalize it: no lazy deopt point follows a store,
// and code that reads n as an Int32 without a check could run on after it. So the value is
// checked to be a Smi first (CheckedSmiUntag, deopting "not a Smi" otherwise) and stored
// tagged as it came (Int32ToNumber of the untagged value folds back to it). The code depends
// on n staying Smi, so a generalization elsewhere gets it compiled again rather than deopting
// at this check.
function Counter() { this.n = 0; }
function setCount(c, v) { c.n = v; return c; }
%PrepareFunctionForOptimization(setCount);
console.log(setCount(new Counter(), 1).n, setCount(new Counter(), 2).n);
%OptimizeFunctionOnNextCall(setCount);
console.log(setCount(new Counter(), 3).n);
console.log(setCount(new Counter(), 4.5).n);

// Direct calls (CallKnownJSFunction): an optimized caller calls its one known callee straight
// into the callee's current code. Whatever the callee's tier does meanwhile — deopting inside
// the call, being deoptimized, re-optimized, replaced — the caller's results stay the
// interpreter's.
'use strict';
function inc(x) { return x + 1; }
function twice(x) { return inc(inc(x)); }
%PrepareFunctionForOptimization(inc);
%PrepareFunctionForOptimization(twice);
console.log(twice(1), twice(2));
%OptimizeFunctionOnNextCall(inc);
%OptimizeFunctionOnNextCall(twice);
console.log(twice(3));
// the callee deopts inside the direct call (a string where it had Smis)
console.log(twice('a'), twice(2.5), twice(2 ** 31 - 1));
// the callee deoptimized from outside, then optimized again: the caller's site follows it
%DeoptimizeFunction(inc);
console.log(twice(10));
%OptimizeFunctionOnNextCall(inc);
console.log(twice(20), twice(30));

// the known callee replaced: the caller's CheckValue fails (wrong call target)
let step = function (x) { return x * 2; };
function apply(x) { return step(x); }
%PrepareFunctionForOptimization(apply);
console.log(apply(1), apply(2));
%OptimizeFunctionOnNextCall(apply);
console.log(apply(3));
step = function (x) { return x * 3; };
console.log(apply(4));

// closures of one site share their code but are different targets
function makeAdder(n) { return function (x) { return x + n; }; }
const add1 = makeAdder(1), add2 = makeAdder(2);
function callAdder(f, x) { return f(x); }
function useAdd1(x) { return add1(x); }
%PrepareFunctionForOptimization(useAdd1);
console.log(useAdd1(1), useAdd1(2), callAdder(add2, 1));
%OptimizeFunctionOnNextCall(useAdd1);
console.log(useAdd1(5), add2(5));

// argument counts other than the callee's parameter count, and `arguments`
function three(a, b, c) { return [a, b, c, arguments.length].join(','); }
function counts() { return [three(), three(1), three(1, 2, 3, 4)].join(' | '); }
%PrepareFunctionForOptimization(counts);
console.log(counts());
%OptimizeFunctionOnNextCall(counts);
console.log(counts());

// a throwing callee, caught in the optimized caller; the stack names both frames
function thrower(x) { if (x > 2) throw new Error('too big: ' + x); return x; }
function guarded(x) {
  try { return thrower(x); } catch (e) { return e.message + ' @ ' + e.stack.split('\n')[1].trim().split(' ')[1]; }
}
%PrepareFunctionForOptimization(guarded);
console.log(guarded(1), guarded(2));
%OptimizeFunctionOnNextCall(guarded);
console.log(guarded(1), guarded(3));

// recursion through a direct call of itself
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
%PrepareFunctionForOptimization(fib);
console.log(fib(10));
%OptimizeFunctionOnNextCall(fib);
console.log(fib(20));

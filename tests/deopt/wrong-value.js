// "wrong value": get(o, k) only ever saw the key "x", so the optimized keyed load checks the key
// equals "x" (CheckValueEqualsString) and reads the field as a named load would; another key
// fails the check and the interpreter does the keyed load.
function get(o, k) { return o[k]; }
const p = {x: 1, y: 2};
%PrepareFunctionForOptimization(get);
console.log(get(p, "x"), get({x: 3, y: 4}, "x"));
%OptimizeFunctionOnNextCall(get);
console.log(get(p, "x"));
console.log(get(p, "y"));
console.log(get(p, "x"));

// "wrong map": getX(p) saw objects of one shape, so the optimized load checks that shape
// (CheckMaps) and reads the field's slot; an object of another shape fails the check.
function getX(p) { return p.x; }
%PrepareFunctionForOptimization(getX);
console.log(getX({x: 1, y: 2}), getX({x: 3, y: 4}));
%OptimizeFunctionOnNextCall(getX);
console.log(getX({x: 5, y: 6}));
console.log(getX({y: 7, x: 8}));
console.log(getX({x: 9, y: 10}));

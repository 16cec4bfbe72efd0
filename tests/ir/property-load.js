// filter: getX
// A named property load of an object literal's field, warmed up monomorphic.
function getX(point) { return point.x; }
%PrepareFunctionForOptimization(getX);
console.log(getX({x: 1, y: 2}), getX({x: 3, y: 4}));
%OptimizeFunctionOnNextCall(getX);
console.log(getX({x: 5, y: 6}));

// A deopt inside an inlined constructor: `new Vec(x, y)` is inlined into make (the receiver
// allocated by FastNewObject, Vec's body built with it as `this`). Vec's Smi add meets a
// double, the deopt rebuilds Vec's frame as a construct frame, and make resumes after the
// `new` with the object itself (the body returned nothing: [[Construct]] gives the receiver).
// The double is y, which no field holds before the add: a double stored into x would
// generalize x's representation first, and make, which reads v.x as a Smi, would deopt lazily
// after that store instead (tests/deopt/lazy-field-representation-*.js).
function Vec(x, y) { this.x = x; this.sum = x + y; }
function make(x, y) { const v = new Vec(x, y); return [v.sum * 2, v instanceof Vec, v.x]; }
%PrepareFunctionForOptimization(make);
console.log(make(1, 1), make(2, 1));
%OptimizeFunctionOnNextCall(make);
console.log(make(3, 1));
console.log(make(1, 0.5));
console.log(make(4, 1));

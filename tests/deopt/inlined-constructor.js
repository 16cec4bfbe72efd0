// A deopt inside an inlined constructor: `new Vec(x, 1)` is inlined into make (the receiver
// allocated by FastNewObject, Vec's body built with it as `this`). Vec's Smi add meets a
// double, the deopt rebuilds Vec's frame as a construct frame, and make resumes after the
// `new` with the object itself (the body returned nothing: [[Construct]] gives the receiver).
function Vec(x, y) { this.x = x; this.sum = x + y; }
function make(x) { const v = new Vec(x, 1); return [v.sum * 2, v instanceof Vec, v.x]; }
%PrepareFunctionForOptimization(make);
console.log(make(1), make(2));
%OptimizeFunctionOnNextCall(make);
console.log(make(3));
console.log(make(1.5));
console.log(make(4));

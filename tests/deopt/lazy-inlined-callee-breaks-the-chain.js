// A lazy deopt out of an inlined callee: setScale is inlined into area, and its store adds
// `scale` to Point.prototype, which shadows Base's — the chain area's optimized load of p.scale
// depends on. The code is marked while it runs that store; the point after the store's
// bytecode sees the mark and rebuilds both frames (setScale after its store, area after its
// call), and the interpreter reads the new scale.
function Base() {}
Base.prototype.scale = 2;
function Point(x) { this.x = x; }
Point.prototype = Object.create(Base.prototype);
const protos = [{}, Point.prototype];
function setScale(i) {
  protos[i].scale = 5;
  return 1;
}
function area(p, i) {
  const before = p.x * p.scale;
  const added = setScale(i);
  return before + added + p.scale;
}
%PrepareFunctionForOptimization(area);
console.log(area(new Point(3), 0), area(new Point(4), 0));
%OptimizeFunctionOnNextCall(area);
console.log(area(new Point(10), 0));
console.log(area(new Point(10), 1));
console.log(area(new Point(10), 0));

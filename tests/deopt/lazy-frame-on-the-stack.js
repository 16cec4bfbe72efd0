// flags: --no-turbo-inlining
// A lazy deopt (V8's deopt-lazy): area(p) was optimized assuming p's prototype chain keeps its
// layout. Its load of p.scale, found on Base.prototype, is checked once (p's shape) and then
// read straight from the holder; the chain is not checked again, the code depends on the
// chain's validity cell instead. The callee grow() breaks that while area's frame is on the
// stack: Point.prototype gets its own `scale`, which shadows Base's. The code is marked at once
// ([marking dependent code ...]); area's frame goes on in optimized code until grow returns to
// it, then leaves for the interpreter after the call and reads the new scale there.
function Base() {}
Base.prototype.scale = 2;
function Point(x) { this.x = x; }
Point.prototype = Object.create(Base.prototype);
function grow(really) {
  if (really) Point.prototype.scale = 5;
  return 1;
}
function area(p, really) {
  const before = p.x * p.scale;
  const added = grow(really);
  return before + added + p.scale;
}
%PrepareFunctionForOptimization(area);
console.log(area(new Point(3), false), area(new Point(4), false));
%OptimizeFunctionOnNextCall(area);
console.log(area(new Point(10), false));
console.log(area(new Point(10), true));
console.log(area(new Point(10), false));

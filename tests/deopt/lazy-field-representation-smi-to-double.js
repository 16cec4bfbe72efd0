// flags: --no-turbo-inlining
// A lazy deopt on a field representation (V8's kFieldRepresentationGroup): every Point so far
// had Smis in x, so x's representation in Point's shape is Smi, and the optimized code of
// `scaled` reads p.x as an int32 straight from the field, with no check of the value (and
// multiplies it as one). It depends on x staying Smi instead. The callee `move` stores a double
// into x of another Point while scaled's frame is on the stack: the field's representation
// generalizes to Double in place, for every object of the shape, and the code is marked at once
// ([marking dependent code ...]). scaled goes on until move returns to it, then leaves for the
// interpreter after the call, which reads p.x again as the double it is now.
function Point(x) { this.x = x; }
const other = new Point(1);
function move(really) {
  if (really) other.x = 2.5;
  return 1;
}
function scaled(p, really) {
  const before = p.x * 3;
  const added = move(really);
  return before + added + p.x;
}
%PrepareFunctionForOptimization(scaled);
console.log(scaled(new Point(3), false), scaled(new Point(4), false));
%OptimizeFunctionOnNextCall(scaled);
console.log(scaled(new Point(10), false));
console.log(scaled(other, true));
console.log(scaled(new Point(10), false), scaled(new Point(0.5), false));

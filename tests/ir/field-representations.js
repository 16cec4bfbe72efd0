// filter: advance
// Fields read untagged by their representation. Every Particle so far had a double in x and
// Smis in v and steps, so Particle's shape says x is Double, v and steps Smi, and each
// LoadTaggedField knows it (`[0] x Double`). The arithmetic takes x as a Float64
// (UncheckedNumberToFloat64) and v and steps as Int32s (UnsafeSmiUntag): no CheckedSmiUntag
// or CheckedNumberToFloat64 of a loaded value, only of the parameter dt. The code depends on
// the representations instead (a generalization marks it: tests/deopt/lazy-field-
// representation-*.js). The store into the Smi field steps keeps it Smi: its value is an
// Int32 already, so it needs no check either, and the CheckMaps after that store goes
// (CheckElimination: a field store changes no shape).
function Particle(x, v) { this.x = x; this.v = v; this.steps = 0; }
function advance(p, dt) {
  p.steps = p.steps + 1;
  return p.x + p.v * dt;
}
%PrepareFunctionForOptimization(advance);
console.log(advance(new Particle(0.5, 2), 3), advance(new Particle(1.25, -1), 2));
%OptimizeFunctionOnNextCall(advance);
console.log(advance(new Particle(2.5, 4), 5));

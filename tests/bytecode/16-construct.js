// new: Construct with new.target in the accumulator.
function P(x) { this.x = x; }
function test() { return new P(1); }
test();

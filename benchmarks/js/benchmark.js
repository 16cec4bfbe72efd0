// The base of every program in Kindling's benchmark suite (benchmarks/js).
//
// A program is a CommonJS module exporting `newInstance()`, which returns an object
// of a subclass of Benchmark. The harness (harness.js) calls
// `innerBenchmarkLoop(innerIterations)` once per timed iteration; the default loop
// runs `benchmark()` that many times and checks each result with `verifyResult`.
// A program whose result depends on the problem size overrides innerBenchmarkLoop
// and verifies for that size instead.
//
// Guarantees: innerBenchmarkLoop returns false (never throws on a wrong result) when
// a run fails its own verification, so the harness can report the failure.
'use strict';

class Benchmark {
  innerBenchmarkLoop(innerIterations) {
    for (let i = 0; i < innerIterations; i++) {
      if (!this.verifyResult(this.benchmark())) {
        return false;
      }
    }
    return true;
  }

  benchmark() {
    throw new Error('benchmark() is the subclass\'s to write');
  }

  verifyResult(_result) {
    throw new Error('verifyResult() is the subclass\'s to write');
  }
}

// The suite's pseudo-random numbers: a 16-bit linear congruential generator, so
// every engine (and the Java twins) sees the same sequence.
class Random {
  constructor() {
    this.seed = 74755;
  }

  next() {
    this.seed = ((this.seed * 1309) + 13849) & 65535;
    return this.seed;
  }
}

module.exports = { Benchmark, Random };

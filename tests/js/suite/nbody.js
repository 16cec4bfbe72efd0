// The suite program nbody (benchmarks/js/nbody.js), run once at a small size: it must pass
// its own verification, which prints true.
'use strict';
const benchmark = require('../../../benchmarks/js/nbody.js').newInstance();
console.log('nbody', benchmark.innerBenchmarkLoop(10));

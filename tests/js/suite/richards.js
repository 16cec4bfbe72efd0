// The suite program richards (benchmarks/js/richards.js), run once at a small size: it must pass
// its own verification, which prints true.
'use strict';
const benchmark = require('../../../benchmarks/js/richards.js').newInstance();
console.log('richards', benchmark.innerBenchmarkLoop(1));

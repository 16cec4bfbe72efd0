// The suite program towers (benchmarks/js/towers.js), run once at a small size: it must pass
// its own verification, which prints true.
'use strict';
const benchmark = require('../../../benchmarks/js/towers.js').newInstance();
console.log('towers', benchmark.innerBenchmarkLoop(1));

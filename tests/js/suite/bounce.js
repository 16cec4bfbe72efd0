// The suite program bounce (benchmarks/js/bounce.js), run once at a small size: it must pass
// its own verification, which prints true.
'use strict';
const benchmark = require('../../../benchmarks/js/bounce.js').newInstance();
console.log('bounce', benchmark.innerBenchmarkLoop(1));

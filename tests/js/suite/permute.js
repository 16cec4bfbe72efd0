// The suite program permute (benchmarks/js/permute.js), run once at a small size: it must pass
// its own verification, which prints true.
'use strict';
const benchmark = require('../../../benchmarks/js/permute.js').newInstance();
console.log('permute', benchmark.innerBenchmarkLoop(1));

// The suite program storage (benchmarks/js/storage.js), run once at a small size: it must pass
// its own verification, which prints true.
'use strict';
const benchmark = require('../../../benchmarks/js/storage.js').newInstance();
console.log('storage', benchmark.innerBenchmarkLoop(1));

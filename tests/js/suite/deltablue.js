// The suite program deltablue (benchmarks/js/deltablue.js), run once at a small size: it must pass
// its own verification, which prints true.
'use strict';
const benchmark = require('../../../benchmarks/js/deltablue.js').newInstance();
console.log('deltablue', benchmark.innerBenchmarkLoop(12));

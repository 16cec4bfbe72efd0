// The suite program queens (benchmarks/js/queens.js), run once at a small size: it must pass
// its own verification, which prints true.
'use strict';
const benchmark = require('../../../benchmarks/js/queens.js').newInstance();
console.log('queens', benchmark.innerBenchmarkLoop(1));

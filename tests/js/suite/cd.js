// The suite program cd (benchmarks/js/cd.js), run once at a small size: it must pass
// its own verification, which prints true.
'use strict';
const benchmark = require('../../../benchmarks/js/cd.js').newInstance();
console.log('cd', benchmark.innerBenchmarkLoop(2));

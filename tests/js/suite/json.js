// The suite program json (benchmarks/js/json.js), run once at a small size: it must pass
// its own verification, which prints true.
'use strict';
const benchmark = require('../../../benchmarks/js/json.js').newInstance();
console.log('json', benchmark.innerBenchmarkLoop(1));

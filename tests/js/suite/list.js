// The suite program list (benchmarks/js/list.js), run once at a small size: it must pass
// its own verification, which prints true.
'use strict';
const benchmark = require('../../../benchmarks/js/list.js').newInstance();
console.log('list', benchmark.innerBenchmarkLoop(1));

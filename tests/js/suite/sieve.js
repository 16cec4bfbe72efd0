// The suite program sieve (benchmarks/js/sieve.js), run once at a small size: it must pass
// its own verification, which prints true.
'use strict';
const benchmark = require('../../../benchmarks/js/sieve.js').newInstance();
console.log('sieve', benchmark.innerBenchmarkLoop(1));

// The suite program mandelbrot (benchmarks/js/mandelbrot.js), run once at a small size: it must pass
// its own verification, which prints true.
'use strict';
const benchmark = require('../../../benchmarks/js/mandelbrot.js').newInstance();
console.log('mandelbrot', benchmark.innerBenchmarkLoop(10));

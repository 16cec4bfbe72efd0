// The suite program havlak (benchmarks/js/havlak.js) on a small control-flow graph:
// one dummy loop, one extra loop-finding pass and 2x2x2 nested loop trees. The full
// benchmark's graph has 5213 blocks, too many for a test run in three modes; the counts
// printed here are checked against node's.
'use strict';
const { LoopTesterApp } = require('../../../benchmarks/js/havlak.js');
const [loops, blocks] = new LoopTesterApp().main(1, 1, 2, 2, 2);
console.log('havlak loops', loops, 'blocks', blocks);

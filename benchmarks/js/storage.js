// Storage: builds a tree of arrays, four children to a node and seven levels deep, whose
// leaves are empty arrays of a pseudo-random length from 1 to 10.
//
// What it exercises: allocation of many short-lived arrays (`new Array(n)`, holey until
// written) and recursion; the garbage collector more than the interpreter.
// Guarantees: verifyResult accepts only 5461 = 4^0 + 4^1 + ... + 4^6, the number of arrays
// a complete build allocates, counted as they are made.
'use strict';

const benchmarkModule = require('./benchmark.js');
const Benchmark = benchmarkModule.Benchmark;
const Random = benchmarkModule.Random;

const DEPTH = 7;
const CHILDREN = 4;
const ARRAYS_IN_TREE = 5461;

class Storage extends Benchmark {
  constructor() {
    super();
    this.count = 0;
  }

  benchmark() {
    const random = new Random();
    this.count = 0;
    this.buildTreeDepth(DEPTH, random);
    return this.count;
  }

  verifyResult(arrayCount) {
    return arrayCount === ARRAYS_IN_TREE;
  }

  buildTreeDepth(depth, random) {
    this.count++;
    if (depth === 1) {
      return new Array((random.next() % 10) + 1);
    }
    const node = new Array(CHILDREN);
    for (let i = 0; i < CHILDREN; i++) {
      node[i] = this.buildTreeDepth(depth - 1, random);
    }
    return node;
  }
}

module.exports = { newInstance: () => new Storage() };

// Permute: counts the permutations a recursive generator visits (a suite program).
//
// Algorithm: permute(n) fixes each of the first n elements of a 6-element array in
// the last free place in turn (swap in, recurse on n - 1, swap back), counting calls.
// Verifies: one benchmark() makes 8660 calls; the array is restored to its start.
'use strict';

const Benchmark = require('./benchmark.js').Benchmark;

class Permute extends Benchmark {
  benchmark() {
    this.count = 0;
    this.v = [1, 2, 3, 4, 5, 6];
    this.permute(6);
    return this.count;
  }

  verifyResult(result) {
    // Each swap is undone, so the array must end as it began.
    for (let i = 0; i < 6; i++) {
      if (this.v[i] !== i + 1) {
        return false;
      }
    }
    return result === 8660;
  }

  permute(n) {
    this.count++;
    if (n !== 0) {
      const n1 = n - 1;
      this.permute(n1);
      for (let i = n1; i >= 0; i--) {
        this.swap(n1, i);
        this.permute(n1);
        this.swap(n1, i);
      }
    }
  }

  swap(i, j) {
    const tmp = this.v[i];
    this.v[i] = this.v[j];
    this.v[j] = tmp;
  }
}

module.exports = { newInstance: () => new Permute() };

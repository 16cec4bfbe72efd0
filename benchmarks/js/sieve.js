// Sieve: the sieve of Eratosthenes over the numbers 1..5000, counting the primes.
//
// What it exercises: a dense array of booleans written in strided loops, and a
// counting loop over it; no allocation in the hot loop once the array exists.
// Guarantees: verifyResult accepts only 669, the number of primes up to 5000, which
// the sieve must find again on every run.
'use strict';

const Benchmark = require('./benchmark.js').Benchmark;

const LIMIT = 5000;
const PRIMES_UP_TO_LIMIT = 669;

class Sieve extends Benchmark {
  benchmark() {
    // isCandidate[n - 1] stands for the number n, as the classic program indexes it.
    const isCandidate = new Array(LIMIT);
    for (let i = 0; i < LIMIT; i++) {
      isCandidate[i] = true;
    }
    return countPrimes(isCandidate, LIMIT);
  }

  verifyResult(primeCount) {
    return primeCount === PRIMES_UP_TO_LIMIT;
  }
}

// Crosses out every multiple of each prime found, from its double upwards.
const countPrimes = (isCandidate, limit) => {
  let primeCount = 0;
  for (let n = 2; n <= limit; n++) {
    if (isCandidate[n - 1]) {
      primeCount++;
      for (let multiple = n + n; multiple <= limit; multiple += n) {
        isCandidate[multiple - 1] = false;
      }
    }
  }
  return primeCount;
};

module.exports = { newInstance: () => new Sieve() };

/*
 * Java twin of benchmarks/js/sieve.js: the sieve of Eratosthenes over 1..5000.
 *
 * Guarantees: verifyResult accepts only 669, the number of primes up to 5000.
 */
package dev.kindling.benchmarks.suite;

public final class Sieve extends Benchmark {
    private static final int LIMIT = 5000;
    private static final int PRIMES_UP_TO_LIMIT = 669;

    @Override
    public Object benchmark() {
        // isCandidate[n - 1] stands for the number n, as in the JS program.
        boolean[] isCandidate = new boolean[LIMIT];
        for (int i = 0; i < LIMIT; i++) {
            isCandidate[i] = true;
        }
        return countPrimes(isCandidate, LIMIT);
    }

    @Override
    public boolean verifyResult(Object primeCount) {
        return ((Integer) primeCount) == PRIMES_UP_TO_LIMIT;
    }

    private static int countPrimes(boolean[] isCandidate, int limit) {
        int primeCount = 0;
        for (int n = 2; n <= limit; n++) {
            if (isCandidate[n - 1]) {
                primeCount++;
                for (int multiple = n + n; multiple <= limit; multiple += n) {
                    isCandidate[multiple - 1] = false;
                }
            }
        }
        return primeCount;
    }
}

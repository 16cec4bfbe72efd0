/*
 * The suite's pseudo-random numbers: the 16-bit linear congruential generator of
 * benchmarks/js/benchmark.js, so a twin sees the same sequence as its JS program.
 */
package dev.kindling.benchmarks.suite;

public final class Random {
    private int seed = 74755;

    public int next() {
        seed = ((seed * 1309) + 13849) & 65535;
        return seed;
    }
}

/*
 * The base of every plain-Java twin of a suite program (benchmarks/js). A twin is the
 * same algorithm with the same data structures as its JS program, as close to the JS
 * structure as Java allows, and serves as the reference every engine is compared to.
 *
 * Assumes: subclasses implement benchmark() and verifyResult(), or override
 * innerBenchmarkLoop when the result depends on the problem size.
 * Guarantees: innerBenchmarkLoop returns false, never throws, on a failed verification.
 */
package dev.kindling.benchmarks.suite;

public abstract class Benchmark {

    public boolean innerBenchmarkLoop(int innerIterations) {
        for (int i = 0; i < innerIterations; i++) {
            if (!verifyResult(benchmark())) {
                return false;
            }
        }
        return true;
    }

    public Object benchmark() {
        throw new UnsupportedOperationException("benchmark() is the subclass's to write");
    }

    public boolean verifyResult(Object result) {
        throw new UnsupportedOperationException("verifyResult() is the subclass's to write");
    }
}

/*
 * The fourteen suite programs as JMH benchmarks: one operation is one
 * innerBenchmarkLoop(inner) batch (SuiteRuns' inner count, the one the suite table uses), of
 * the JS program (benchmarks/js, loaded through the embedding API) in each Kindling mode, or
 * of its plain-Java twin (mode `java`). The score is milliseconds per batch.
 *
 * A batch that fails its program's verification throws, so JMH reports the benchmark as
 * failed instead of timing it.
 *
 * Run: java -jar benchmarks/target/benchmarks.jar SuiteBenchmark -p program=Richards
 */
package dev.kindling.benchmarks.suite;

import dev.kindling.api.JsObject;
import dev.kindling.benchmarks.KindlingMode;
import dev.kindling.benchmarks.Programs;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss64m", KindlingMode.NO_TIERED_COMPILATION})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class SuiteBenchmark {
    /** The programs of SuiteRuns.RUNS (SuiteRunsTest checks the two lists agree). */
    @Param({"Bounce", "CD", "DeltaBlue", "Havlak", "Json", "List", "Mandelbrot", "NBody", "Permute", "Queens",
            "Richards", "Sieve", "Storage", "Towers"})
    public String program;

    /** `java` for the twin, else a KindlingMode's name. */
    @Param({"java", "ic", "no-ic", "opt"})
    public String mode;

    private IntPredicate innerBenchmarkLoop;
    private int inner;

    @Setup
    public void setup() {
        inner = SuiteRuns.named(program).inner();
        if (mode.equals("java")) {
            Benchmark twin = JavaHarness.find(program).factory().get();
            innerBenchmarkLoop = twin::innerBenchmarkLoop;
        } else {
            JsObject exports = Programs.exports(program.toLowerCase() + ".js", mode);
            JsObject instance = (JsObject) exports.getFunction("newInstance").call();
            innerBenchmarkLoop = n -> Boolean.TRUE.equals(instance.invoke("innerBenchmarkLoop", n));
        }
    }

    @org.openjdk.jmh.annotations.Benchmark
    public boolean batch() {
        if (!innerBenchmarkLoop.test(inner)) {
            throw new IllegalStateException(program + " in mode " + mode + " failed its verification");
        }
        return true;
    }
}

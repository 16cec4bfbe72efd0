/*
 * A property-heavy program (benchmarks/js/hot/property-heavy.js), with and without inline
 * caches, and with the optimizing tier: objects of twelve properties (so a full lookup hashes
 * instead of scanning a few keys) read six fields per iteration, and a method found three
 * prototypes up. The ratio of `no-ic` to `ic` is what ICs buy the interpreter on code
 * dominated by property access; `opt` against `ic` shows what the tier's property accesses
 * cost next to the interpreter's cached ones.
 *
 * Run: java -jar benchmarks/target/benchmarks.jar PropertyHeavyBenchmark
 */
package dev.kindling.benchmarks;

import dev.kindling.api.JsFunction;
import dev.kindling.api.JsObject;
import org.openjdk.jmh.annotations.Benchmark;
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

@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xss64m", KindlingMode.NO_TIERED_COMPILATION})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class PropertyHeavyBenchmark {

    @Param({"ic", "no-ic", "opt"})
    public String mode;

    private JsFunction fields;
    private JsFunction methods;
    private Object objs;

    @Setup
    public void setup() {
        JsObject exports = Programs.exports("hot/property-heavy.js", mode);
        fields = exports.getFunction("fields");
        methods = exports.getFunction("methods");
        objs = exports.get("objs");
        // The sums over i = 0..99 of six fields (6i + 31) and of the method's a + p (2i + 11).
        check(fields.call(objs), 29_700 + 3_100);
        check(methods.call(objs), 9_900 + 1_100);
    }

    private void check(Object result, int expected) {
        if (!Integer.valueOf(expected).equals(result)) {
            throw new IllegalStateException("property-heavy.js in mode " + mode + " returned " + result
                    + " instead of " + expected);
        }
    }

    @Benchmark
    public Object fieldLoads() {
        return fields.call(objs);
    }

    @Benchmark
    public Object prototypeMethodCalls() {
        return methods.call(objs);
    }
}

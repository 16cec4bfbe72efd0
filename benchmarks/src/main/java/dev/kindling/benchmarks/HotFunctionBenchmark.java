/*
 * Hot functions: small JS functions (benchmarks/js/hot/functions.js), each called through the
 * embedding API with fixed arguments, in each of Kindling's modes, next to hand-written Java
 * doing the same work (mode `java`, HotFunctionsJava). One operation is one call; its score
 * is microseconds per call.
 *
 * Before anything is timed, setup checks that the JS function returns what its Java twin
 * returns, and every measurement iteration ends with the same check: a wrong result fails
 * the benchmark, it is never timed.
 *
 * Run: java -jar benchmarks/target/benchmarks.jar HotFunctionBenchmark
 *      (one function: -p function=intLoop; one mode: -p mode=ic)
 */
package dev.kindling.benchmarks;

import dev.kindling.api.JsArray;
import dev.kindling.api.JsFunction;
import dev.kindling.api.JsObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xss64m", KindlingMode.NO_TIERED_COMPILATION})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class HotFunctionBenchmark {
    /** The exports of hot/functions.js (each has a Java twin of the same name). */
    @Param({"intLoop", "doubleLoop", "propertyOneShape", "propertyFourShapes", "propertyEightShapes",
            "functionCall", "methodCall", "closureCall", "recursiveCall", "sumSmiArray", "sumDoubleArray", "stringBuild"})
    public String function;

    /** `java` for the twin, else a KindlingMode's name. */
    @Param({"java", "ic", "no-ic", "opt"})
    public String mode;

    private Supplier<Object> work;
    private Object expected;

    @Setup
    public void setup() {
        Supplier<Object> twin = HotFunctionsJava.twin(function);
        expected = twin.get();
        if (mode.equals("java")) {
            work = twin;
        } else {
            JsObject entry = (JsObject) Programs.exports("hot/functions.js", mode).get(function);
            Object[] args = ((JsArray) entry.getFunction("args").call()).toList().toArray();
            JsFunction run = entry.getFunction("run");
            work = () -> run.call(args);
        }
        verify();
    }

    @TearDown(Level.Iteration)
    public void verify() {
        Object actual = work.get();
        if (!sameValue(expected, actual)) {
            throw new IllegalStateException(function + " in mode " + mode + " returned " + actual
                    + ", its Java twin " + expected);
        }
    }

    /** Equal results; numbers by value (JS hands back an int-valued double as an Integer). */
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }

    @Benchmark
    public Object call() {
        return work.get();
    }
}

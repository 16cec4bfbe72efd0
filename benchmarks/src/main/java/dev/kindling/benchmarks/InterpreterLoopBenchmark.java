/*
 * The interpreter's own speed, one kind of work per benchmark: an int loop, a double loop,
 * field loads and stores on objects of one shape, method calls through a prototype and plain
 * calls, closures over a context slot, array element loops (a sieve over booleans and a sum
 * over doubles), and string building. Each is a small hot function, so a change to dispatch,
 * boxing, property access or calls shows in the benchmark that exercises it. The same
 * functions (benchmarks/js/hot/interpreter-loops.js) run under `node --jitless` (V8's
 * Ignition alone) for the comparison the suite table makes. Called through the embedding API,
 * in the interpreter with inline caches (KindlingMode `ic`).
 *
 * Run: java -jar benchmarks/target/benchmarks.jar InterpreterLoopBenchmark
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss64m", KindlingMode.NO_TIERED_COMPILATION, "-XX:+UseSerialGC"}) // the GC the kindling launcher uses
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class InterpreterLoopBenchmark {

    private JsObject exports;
    private JsFunction intLoop;
    private JsFunction doubleLoop;
    private JsFunction fields;
    private JsFunction calls;
    private JsFunction closures;
    private JsFunction arrays;
    private JsFunction strings;

    @Setup
    public void setup() {
        exports = Programs.exports("hot/interpreter-loops.js", KindlingMode.IC.paramName());
        intLoop = function("intLoop");
        doubleLoop = function("doubleLoop");
        fields = function("fields");
        calls = function("calls");
        closures = function("closures");
        arrays = function("arrays");
        strings = function("strings");
    }

    private JsFunction function(String name) {
        return exports.getFunction(name);
    }

    private static Object run(JsFunction f) {
        return f.call();
    }

    @Benchmark
    public Object intLoop() {
        return run(intLoop);
    }

    @Benchmark
    public Object doubleLoop() {
        return run(doubleLoop);
    }

    @Benchmark
    public Object fieldLoadsAndStores() {
        return run(fields);
    }

    @Benchmark
    public Object prototypeAndPlainCalls() {
        return run(calls);
    }

    @Benchmark
    public Object closureCalls() {
        return run(closures);
    }

    @Benchmark
    public Object arrayElements() {
        return run(arrays);
    }

    @Benchmark
    public Object stringBuilding() {
        return run(strings);
    }
}

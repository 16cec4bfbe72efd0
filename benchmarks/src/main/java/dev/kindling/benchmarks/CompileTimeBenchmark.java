/*
 * Compile time of the optimizing tier on the suite's hottest functions: one operation is one
 * KindlingCompiler.compile of each of a program's HOTTEST functions (graph building, the
 * passes, code generation and installing the hidden class), from the feedback the program
 * gathered. The score is milliseconds per operation; divide by the count the setup prints for
 * the time per function (a program whose tier compiled fewer than HOTTEST has fewer).
 *
 * Setup runs the program (benchmarks/js, SuiteRuns' inner count) for WARM_UP_BATCHES batches
 * with default tiering, through an engine whose compiler records what the tier compiled; the
 * hottest are the compiled functions with the most invocations. Compiling again is free of
 * side effects on the program: compile() returns code without installing it (the tiering
 * manager installs), and the hidden classes it defines are unloaded once unreachable.
 *
 * A compile that fails (compile returns null, or throws) fails the benchmark: it is never
 * timed.
 *
 * Run: java -jar benchmarks/target/benchmarks.jar CompileTimeBenchmark -p program=Richards
 */
package dev.kindling.benchmarks;

import dev.kindling.backend.KindlingCompiler;
import dev.kindling.benchmarks.suite.SuiteRuns;
import dev.kindling.flags.Flag;
import dev.kindling.flags.Flags;
import dev.kindling.host.Engine;
import dev.kindling.interpreter.FeedbackVector;
import dev.kindling.interpreter.JSClosure;
import dev.kindling.interpreter.OptimizedCode;
import dev.kindling.interpreter.OptimizingCompiler;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
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

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss64m", KindlingMode.NO_TIERED_COMPILATION})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class CompileTimeBenchmark {
    /** How many of a program's compiled functions one operation compiles. */
    static final int HOTTEST = 3;
    /** Batches run before measuring, so the tier has compiled what is hot. */
    static final int WARM_UP_BATCHES = 10;

    @Param({"Richards", "DeltaBlue", "NBody", "CD", "Json"})
    public String program;

    private KindlingCompiler compiler;
    private final List<JSClosure> hottest = new ArrayList<>();

    /** Passes every compile to the tier, remembering what compiled (the last closure per function). */
    private static final class Recording implements OptimizingCompiler {
        final KindlingCompiler tier;
        final Map<Object, JSClosure> compiled = new LinkedHashMap<>();

        Recording(KindlingCompiler tier) {
            this.tier = tier;
        }

        @Override
        public OptimizedCode compile(JSClosure function, FeedbackVector feedback) {
            OptimizedCode code = tier.compile(function, feedback);
            if (code != null) {
                compiled.put(function.shared(), function);
            }
            return code;
        }
    }

    @Setup
    public void setup() {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        Flags flags = Flags.defaults();
        compiler = new KindlingCompiler(new KindlingCompiler.Settings(null, null, null, null, null, null, null,
                null, 0));
        Recording recording = new Recording(compiler);
        Engine engine = new Engine(flags, sink, sink, List.of("kindling"), recording,
                flags.integer(Flag.INTERRUPT_BUDGET));
        JSObject exports = (JSObject) engine.require(Programs.jsDirectory().resolve(program.toLowerCase() + ".js"));
        JSObject instance = (JSObject) ((JSFunction) exports.get("newInstance")).call(Oddball.UNDEFINED, new Object[0]);
        JSFunction batch = (JSFunction) instance.get("innerBenchmarkLoop");
        int inner = SuiteRuns.named(program).inner();
        for (int i = 0; i < WARM_UP_BATCHES; i++) {
            if (!Boolean.TRUE.equals(batch.call(instance, new Object[] {inner}))) {
                throw new IllegalStateException(program + " failed its verification");
            }
        }
        recording.compiled.values().stream()
                .sorted(Comparator.comparingInt((JSClosure f) -> f.feedbackVector().invocationCount()).reversed())
                .limit(HOTTEST)
                .forEach(hottest::add);
        if (hottest.isEmpty()) {
            throw new IllegalStateException("the tier compiled nothing of " + program);
        }
        System.out.println("\n" + program + ": compiling " + hottest.stream()
                .map(f -> f.shared().name() + " (" + f.shared().bytecode().length() + " bytes of bytecode)")
                .toList());
    }

    /** How many functions one operation compiles (HOTTEST, or fewer if the tier compiled fewer). */
    int hottestCount() {
        return hottest.size();
    }

    @Benchmark
    public int compileHottest() {
        int compiled = 0;
        for (JSClosure f : hottest) {
            if (compiler.compile(f, f.feedbackVector()) == null) {
                throw new IllegalStateException(f.shared().name() + " of " + program + " no longer compiles");
            }
            compiled++;
        }
        return compiled;
    }
}

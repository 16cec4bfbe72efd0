/*
 * Inline caches, measured: the same property-heavy JS functions run with ICs (the default)
 * and with --no-use-ic (every access a full lookup), in one JMH run, so their ratio is the
 * speed the ICs buy. `monomorphic` reads and writes fields of objects of one shape through
 * a prototype method; `polymorphic` does the same over four shapes (still within
 * PropertyFeedback.MAX_POLYMORPHISM); `megamorphic` over eight.
 *
 * Run: java -jar benchmarks/target/benchmarks.jar PropertyAccessBenchmark
 */
package dev.kindling.benchmarks;

import dev.kindling.interpreter.JSClosure;
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

import java.util.concurrent.TimeUnit;

@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xss64m"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class PropertyAccessBenchmark {
    private static final String PROGRAM = """
            function Point(x, y) { this.x = x; this.y = y; }
            Point.prototype.step = function () { this.x = (this.x + this.y) & 1023; return this.x; };
            function make(shapes, count) {
              const objects = [];
              for (let i = 0; i < count; i++) {
                const o = new Point(i, 1);
                const extra = i % shapes;
                if (extra >= 1) o.a = 1;
                if (extra >= 2) o.b = 2;
                if (extra >= 3) o.c = 3;
                if (extra >= 4) o.d = 4;
                if (extra >= 5) o.e = 5;
                if (extra >= 6) o.f = 6;
                if (extra >= 7) o.g = 7;
                objects.push(o);
              }
              return objects;
            }
            function run(objects, rounds) {
              let sum = 0;
              for (let r = 0; r < rounds; r++) {
                for (let i = 0; i < objects.length; i++) {
                  const o = objects[i];
                  sum = (sum + o.step() + o.y) | 0;
                }
              }
              return sum;
            }
            module.exports.make = make;
            module.exports.run = run;
            """;

    @Param({"ic", "no-ic"})
    public String mode;

    private JSClosure run;
    private Object one;
    private Object four;
    private Object eight;

    @Setup
    public void setup() {
        JSObject exports = Programs.exports(PROGRAM, "bench.js", mode.equals("ic"));
        JSClosure make = (JSClosure) exports.get("make");
        run = (JSClosure) exports.get("run");
        one = make.call(Oddball.UNDEFINED, new Object[] {1, 64});
        four = make.call(Oddball.UNDEFINED, new Object[] {4, 64});
        eight = make.call(Oddball.UNDEFINED, new Object[] {8, 64});
    }

    @Benchmark
    public Object monomorphic() {
        return run.call(Oddball.UNDEFINED, new Object[] {one, 10});
    }

    @Benchmark
    public Object polymorphic() {
        return run.call(Oddball.UNDEFINED, new Object[] {four, 10});
    }

    @Benchmark
    public Object megamorphic() {
        return run.call(Oddball.UNDEFINED, new Object[] {eight, 10});
    }
}

/*
 * A property-heavy program, with and without inline caches: objects of twelve properties (so a
 * full lookup hashes instead of scanning a few keys) read six fields per iteration, and a
 * method found three prototypes up. The ratio of the two modes is what ICs buy the
 * interpreter on code dominated by property access.
 *
 * Run: java -jar benchmarks/target/benchmarks.jar PropertyHeavyBenchmark
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
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class PropertyHeavyBenchmark {
    private static final String PROGRAM = """
            function Base() {}
            Base.prototype.weight = function () { return this.a + this.p; };
            function Mid() {}
            Mid.prototype = new Base();
            function Leaf() {}
            Leaf.prototype = new Mid();
            function make(i) {
              const o = new Leaf();
              o.a = i; o.b = i + 1; o.c = i + 2; o.d = i + 3; o.e = i + 4; o.f = i + 5;
              o.g = i + 6; o.h = i + 7; o.k = i + 8; o.m = i + 9; o.n = i + 10; o.p = i + 11;
              return o;
            }
            function fields(objs) {
              let s = 0;
              for (let i = 0; i < objs.length; i++) {
                const o = objs[i];
                s = (s + o.a + o.c + o.e + o.g + o.k + o.p) | 0;
              }
              return s;
            }
            function methods(objs) {
              let s = 0;
              for (let i = 0; i < objs.length; i++) {
                s = (s + objs[i].weight()) | 0;
              }
              return s;
            }
            const objs = [];
            for (let i = 0; i < 100; i++) objs.push(make(i));
            module.exports.objs = objs;
            module.exports.fields = fields;
            module.exports.methods = methods;
            """;

    @Param({"ic", "no-ic"})
    public String mode;

    private JSClosure fields;
    private JSClosure methods;
    private Object objs;

    @Setup
    public void setup() {
        JSObject exports = Programs.exports(PROGRAM, "heavy.js", mode.equals("ic"));
        fields = (JSClosure) exports.get("fields");
        methods = (JSClosure) exports.get("methods");
        objs = exports.get("objs");
    }

    @Benchmark
    public Object fieldLoads() {
        return fields.call(Oddball.UNDEFINED, new Object[] {objs});
    }

    @Benchmark
    public Object prototypeMethodCalls() {
        return methods.call(Oddball.UNDEFINED, new Object[] {objs});
    }
}

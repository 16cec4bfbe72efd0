/*
 * The interpreter's own speed, one kind of work per benchmark: an int loop, a double loop,
 * field loads and stores on objects of one shape, method calls through a prototype and plain
 * calls, closures over a context slot, array element loops (a sieve over booleans and a sum
 * over doubles), and string building. Each is a small hot function, so a change to dispatch,
 * boxing, property access or calls shows in the benchmark that exercises it. The same
 * functions run under `node --jitless` (V8's Ignition alone) for the comparison the suite
 * table makes; paste PROGRAM into a file and time it there.
 *
 * Run: java -jar benchmarks/target/benchmarks.jar InterpreterLoopBenchmark
 */
package dev.kindling.benchmarks;

import dev.kindling.interpreter.JSClosure;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.Oddball;
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
@Fork(value = 1, jvmArgsAppend = {"-Xss64m", "-XX:+UseSerialGC"}) // the GC the kindling launcher uses
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class InterpreterLoopBenchmark {
    private static final String PROGRAM = """
            function intLoop() {
              let s = 0;
              for (let i = 0; i < 100000; i++) {
                s = (s + i * 3) | 0;
                if ((i & 7) === 3) s = s - 1;
              }
              return s;
            }
            function doubleLoop() {
              let x = 0.5, v = 0.25, e = 0;
              for (let i = 0; i < 30000; i++) {
                const a = -x * 0.01;
                v = v + a * 0.1;
                x = x + v * 0.1;
                e = e + x * x + v * v;
              }
              return e;
            }
            function Point(x, y) { this.x = x; this.y = y; }
            const points = [];
            for (let i = 0; i < 100; i++) points.push(new Point(i, i * 2));
            function fields() {
              let s = 0;
              for (let k = 0; k < 200; k++) {
                for (let i = 0; i < points.length; i++) {
                  const p = points[i];
                  p.x = p.x + 1;
                  s = (s + p.x + p.y) | 0;
                }
              }
              return s;
            }
            function Vec(x, y) { this.x = x; this.y = y; }
            Vec.prototype.dot = function (o) { return this.x * o.x + this.y * o.y; };
            Vec.prototype.add = function (o) { return new Vec(this.x + o.x, this.y + o.y); };
            function add3(a, b, c) { return a + b + c; }
            function calls() {
              let v = new Vec(1, 2);
              const w = new Vec(3, 4);
              let s = 0;
              for (let i = 0; i < 10000; i++) {
                s = (s + v.dot(w)) | 0;
                s = add3(s, i, 1) | 0;
                if ((i & 1023) === 0) v = v.add(w);
              }
              return s;
            }
            function makeCounter() {
              let n = 0;
              return function (d) { n = n + d; return n; };
            }
            function closures() {
              const c = makeCounter();
              const f = (x) => x * 2 + 1;
              let s = 0;
              for (let i = 0; i < 20000; i++) {
                s = (s + f(c(1))) | 0;
              }
              return s;
            }
            function arrays() {
              const n = 10000;
              const flags = [];
              for (let i = 0; i <= n; i++) flags.push(true);
              let count = 0;
              for (let i = 2; i <= n; i++) {
                if (flags[i]) {
                  count++;
                  for (let j = i + i; j <= n; j += i) flags[j] = false;
                }
              }
              const a = [];
              for (let i = 0; i < 1000; i++) a.push(i * 1.5);
              let s = 0;
              for (let k = 0; k < 10; k++) for (let i = 0; i < a.length; i++) s += a[i];
              return count + s;
            }
            function strings() {
              let total = 0;
              for (let k = 0; k < 10; k++) {
                let s = '';
                for (let i = 0; i < 500; i++) {
                  s += String.fromCharCode(97 + (i % 26));
                  if (i % 50 === 0) s += '-' + i;
                }
                total += s.length + s.charCodeAt(k);
              }
              return total;
            }
            module.exports = { intLoop, doubleLoop, fields, calls, closures, arrays, strings };
            """;

    private JSObject exports;
    private JSClosure intLoop;
    private JSClosure doubleLoop;
    private JSClosure fields;
    private JSClosure calls;
    private JSClosure closures;
    private JSClosure arrays;
    private JSClosure strings;

    @Setup
    public void setup() {
        exports = Programs.exports(PROGRAM, "loops.js", true);
        intLoop = function("intLoop");
        doubleLoop = function("doubleLoop");
        fields = function("fields");
        calls = function("calls");
        closures = function("closures");
        arrays = function("arrays");
        strings = function("strings");
    }

    private JSClosure function(String name) {
        return (JSClosure) exports.get(name);
    }

    private static Object run(JSFunction f) {
        return f.call(Oddball.UNDEFINED, JSFunction.NO_ARGS);
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

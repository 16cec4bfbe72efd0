/*
 * BytecodeLiveness is sound for the interpreter: what it calls dead at an offset no later
 * bytecode reads. For every instruction of some functions (loops, try/catch with a throw,
 * try/finally, for-of, for-in, switch, a captured variable): stop a call there, overwrite
 * every register and, if dead, the accumulator that the analysis calls dead with a value
 * no computation here could use unnoticed, resume, and expect the uninterrupted result.
 * This is what deoptimization relies on: a FrameState holds only the live values.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.BytecodeIterator;
import dev.kindling.bytecode.analysis.BytecodeLiveness;
import dev.kindling.bytecode.analysis.LivenessState;
import dev.kindling.host.Engine;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LivenessResumeTest {
    private static final String PROGRAM = """
            function loops(n) {
              let s = 0;
              for (let i = 0; i < n; i++) {
                if (i % 3 === 0) { continue; }
                for (let j = 0; j < i; j++) { s += j; }
              }
              try { s = s + 0.5; } finally { s = s * 2; }
              return s;
            }
            function caught(n) {
              let r = 1;
              try {
                if (n > 2) { throw new Error("big " + n); }
                r = n;
              } catch (e) {
                r = e.message;
              }
              return r + "!";
            }
            function finallyInLoop(n) {
              let out = "";
              for (let i = 0; i < n; i++) {
                try {
                  if (i === 2) { break; }
                  out += i;
                } finally {
                  out += ".";
                }
              }
              return out;
            }
            function returnThroughFinally(n) {
              let k = n * 2;
              try {
                if (n > 1) { return k; }
              } finally {
                k = 0;
              }
              return -1;
            }
            function iterate(xs, o) {
              let s = 0;
              for (const x of xs) { s += x; }
              for (const k in o) { s += k + o[k]; }
              return s;
            }
            function choose(x, y) {
              switch (x) {
                case 1: return y;
                case 2: return y * 2;
                default: return -y;
              }
            }
            function captured(n) {
              let c = n;
              const add = (k) => c + k;
              let t = 0;
              while (c > 0) { t = add(t); c--; }
              return t;
            }
            module.exports = { loops, caught, finallyInLoop, returnThroughFinally, iterate, choose, captured };
            """;

    private static final String DEAD = "<a dead register was read>";

    @Test
    void overwritingWhatIsDeadAtAnyOffsetChangesNoResult() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        Engine engine = new Engine(dev.kindling.flags.Flags.defaults(), sink, sink);
        JSObject exports = (JSObject) engine.runMainModule(engine.compile(PROGRAM, "liveness.js"), Path.of("liveness.js"))
                .get("exports");
        Object[][] calls = {
            {"loops", 10}, {"caught", 1}, {"caught", 3}, {"finallyInLoop", 4},
            {"returnThroughFinally", 2}, {"returnThroughFinally", 1},
            {"iterate", engine.realm().newArray(new Object[] {1, 2}), object(engine)},
            {"choose", 1, 5}, {"choose", 2, 5}, {"choose", 7, 5}, {"captured", 3},
        };
        int resumed = 0;
        for (Object[] call : calls) {
            JSClosure f = (JSClosure) exports.get((String) call[0]);
            Object[] args = java.util.Arrays.copyOfRange(call, 1, call.length);
            Object expected = f.call(Oddball.UNDEFINED, args);
            BytecodeArray bytecode = f.shared().bytecode();
            BytecodeLiveness liveness = BytecodeLiveness.analyze(bytecode);
            for (BytecodeIterator it = new BytecodeIterator(bytecode); !it.done(); it.advance()) {
                InterpreterFrame frame = engine.interpreter().callUntil(f, Oddball.UNDEFINED, args, it.offset());
                if (frame == null) {
                    continue; // not reached by this call
                }
                LivenessState live = liveness.liveIn(it.offset());
                for (int index = 0; index < bytecode.parameterCount() + bytecode.registerCount(); index++) {
                    if (!live.isRegisterLive(index)) {
                        frame.set(index, DEAD);
                    }
                }
                if (!live.isAccumulatorLive()) {
                    frame.accumulator = DEAD;
                }
                assertEquals(expected, engine.interpreter().resume(frame, -1),
                        call[0] + " resumed at @" + it.offset() + " with the dead overwritten:\n" + liveness.print());
                resumed++;
            }
        }
        assertTrue(resumed > 200, "resumed " + resumed + " times");
    }

    /** {a: 1, b: 2}, made by the program's own realm. */
    private static JSObject object(Engine engine) {
        return (JSObject) engine.evaluate(engine.compile("return {a: 1, b: 2};", "object.js"), Path.of("object.js"));
    }
}

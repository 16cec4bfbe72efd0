/*
 * A frame can be rebuilt from plain values (InterpreterFrame.rebuild) and run to its end
 * (Interpreter.runFrame) — the deoptimizer's way back into the interpreter. For every
 * instruction of each function: stop a call there, read its state out through the frame's
 * accessors (register file, accumulator, context, argument list, new.target, the caught
 * exception), build a fresh frame from those values alone, run it, and expect what the
 * uninterrupted call gave: its result, or the exception it threw (the very JSException a
 * finally's ReThrow rethrows, once it was caught).
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.Disassembler;
import dev.kindling.host.Engine;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameRebuildTest {
    private static final String PROGRAM = """
            function loop(n) {
              let s = 0;
              for (let i = 0; i < n; i++) {
                if (i % 3 === 0) { continue; }
                s += i * i;
              }
              return s;
            }
            function guarded(n) {
              let log = '';
              for (let i = 0; i < n; i++) {
                try {
                  try { if (i % 2) { throw new Error('odd' + i); } log += 'ok' + i; }
                  finally { log += ';'; }
                } catch (e) { log += e.message; }
              }
              return log;
            }
            function rethrows(x) {
              let log = 'a';
              try { throw new Error('boom' + x); } finally { log += 'f'; }
              return log;
            }
            function closures(n) {
              let total = 0;
              const add = (k) => { total += k * n; return total; };
              for (let i = 0; i < 3; i++) { add(i); }
              { let inner = total; const get = () => inner + total; total = get(); }
              return total;
            }
            function sloppyArguments(a, b) {
              a = a * 10;
              let s = 0;
              for (let i = 0; i < arguments.length; i++) { s += arguments[i]; }
              return s + ':' + arguments.length + ':' + b;
            }
            function rest(a, ...more) {
              let s = a;
              for (const m of more) { s += m; }
              return s + '/' + more.length;
            }
            function Point(x, y) {
              this.x = x;
              this.y = y;
              this.made = new.target === Point ? 'new' : 'call';
            }
            module.exports = { loop, guarded, rethrows, closures, sloppyArguments, rest, Point };
            """;

    private final PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    private final Engine engine = new Engine(dev.kindling.flags.Flags.defaults(), sink, sink);
    private final Interpreter interpreter = engine.interpreter();
    private final JSObject exports = (JSObject) engine.runMainModule(engine.compile(PROGRAM, "rebuild.js"),
            Path.of("rebuild.js")).get("exports");

    @Test
    void aLoopResumesFromAnyOffset() {
        assertRebuildsEverywhere("loop", false, 10);
    }

    @Test
    void tryCatchFinallyResumesWithItsHandlersAndCaughtException() {
        assertRebuildsEverywhere("guarded", false, 4);
    }

    @Test
    void aFinallyRethrowsTheExceptionTheRebuiltFrameWasGiven() {
        assertRebuildsEverywhere("rethrows", false, 7);
    }

    @Test
    void closuresKeepTheirContexts() {
        assertRebuildsEverywhere("closures", false, 5);
    }

    @Test
    void aMappedArgumentsObjectSeesTheRebuiltFrame() {
        assertRebuildsEverywhere("sloppyArguments", false, 1, 2, 3, 4);
    }

    @Test
    void restParametersComeFromTheArgumentList() {
        assertRebuildsEverywhere("rest", false, 1, 2, 3, 4);
    }

    @Test
    void aConstructorKeepsItsReceiverAndNewTarget() {
        assertRebuildsEverywhere("Point", true, 3, 4);
    }

    /**
     * For each offset of `name`'s bytecode that a call with `args` reaches: stop there, rebuild,
     * run, and compare the outcome (and, for `new`, the receiver) with an uninterrupted run.
     */
    private void assertRebuildsEverywhere(String name, boolean construct, Object... args) {
        JSClosure f = (JSClosure) exports.get(name);
        JSObject newTarget = construct ? f : null;
        JSObject receiver = construct ? newReceiver(f) : null;
        String expected = outcome(() -> interpreter.call(f, receiver, args.clone(), newTarget), receiver);

        BytecodeArray bytecode = f.shared().bytecode();
        int rebuilt = 0;
        for (int offset = 0; offset < bytecode.length(); offset += Disassembler.instructionSize(bytecode, offset)) {
            JSObject thisRun = construct ? newReceiver(f) : null;
            InterpreterFrame stopped = stopAt(f, thisRun, args, newTarget, offset);
            if (stopped == null) {
                continue; // a path this call does not take
            }
            InterpreterFrame frame = InterpreterFrame.rebuild(stopped.function(), stopped.bytecodeOffset(),
                    stopped.registerFile(), stopped.accumulator(), stopped.context(), stopped.arguments(),
                    stopped.newTarget(), interpreter.currentFrame());
            frame.setCaughtException(stopped.caughtException());
            JSException[] thrown = new JSException[1];
            String actual = outcome(() -> {
                try {
                    return interpreter.runFrame(frame);
                } catch (JSException e) {
                    thrown[0] = e;
                    throw e;
                }
            }, thisRun);
            assertEquals(expected, actual, name + " rebuilt at @" + offset);
            if (thrown[0] != null && stopped.caughtException() != null) {
                assertSame(stopped.caughtException(), thrown[0], name + " rethrew another exception at @" + offset);
            }
            rebuilt++;
        }
        assertTrue(rebuilt > 5, name + ": only " + rebuilt + " offsets rebuilt");
    }

    /** The call stopped at `offset`, or null if it returned or threw without reaching it. */
    private InterpreterFrame stopAt(JSClosure f, JSObject receiver, Object[] args, JSObject newTarget, int offset) {
        try {
            return interpreter.callUntil(f, receiver == null ? Oddball.UNDEFINED : receiver, args.clone(),
                    newTarget, offset);
        } catch (JSException e) {
            return null;
        }
    }

    private JSObject newReceiver(JSClosure constructor) {
        return interpreter.realm().newConstructedObject(constructor.prototypeForConstruct(constructor));
    }

    /** What a run did: "returned X" or "threw X", then the receiver's own properties if any. */
    private String outcome(java.util.function.Supplier<Object> run, JSObject receiver) {
        String result;
        try {
            result = "returned " + Conversions.toString(run.get());
        } catch (JSException e) {
            Object value = e.value(interpreter.realm());
            result = "threw " + Conversions.toString(value instanceof JSObject o ? o.get("message") : value);
        }
        if (receiver == null) {
            return result;
        }
        List<String> properties = new ArrayList<>();
        for (String key : receiver.ownKeys()) {
            properties.add(key + "=" + Conversions.toString(receiver.get(key)));
        }
        return result + " " + properties;
    }
}

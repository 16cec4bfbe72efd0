/*
 * The interpreter can start a function at any bytecode offset from a filled-in frame
 * (DESIGN.md stage 3) — the property deoptimization and OSR are built on. For every
 * instruction of a function: run it until that offset, copy the frame, resume both the
 * original and the copy, and expect the same result as an uninterrupted call.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.Disassembler;
import dev.kindling.host.Engine;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameResumeTest {
    private static final String PROGRAM = """
            function sumOfSquares(n) {
              let s = 0;
              for (let i = 0; i < n; i++) {
                if (i % 3 === 0) { continue; }
                s += i * i;
              }
              try { s = s + 0.5; } finally { s = s * 2; }
              return s;
            }
            module.exports.f = sumOfSquares;
            """;

    private static JSClosure load(Engine engine) {
        JSObject module = engine.runMainModule(engine.compile(PROGRAM, "resume.js"), Path.of("resume.js"));
        return (JSClosure) ((JSObject) module.get("exports")).get("f");
    }

    @Test
    void resumingACopiedFrameAtEveryOffsetGivesTheSameResult() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        Engine engine = new Engine(dev.kindling.flags.Flags.defaults(), sink, sink);
        JSClosure f = load(engine);
        Object[] args = {10};
        Object expected = f.call(Oddball.UNDEFINED, args);
        assertEquals(2 * (1 + 4 + 16 + 25 + 49 + 64 + 0.5), ((Number) expected).doubleValue());

        BytecodeArray bytecode = f.shared().bytecode();
        int tested = 0;
        int unreached = 0;
        for (int offset = 0; offset < bytecode.length(); offset += Disassembler.instructionSize(bytecode, offset)) {
            Interpreter interpreter = engine.interpreter();
            InterpreterFrame frame = interpreter.callUntil(f, Oddball.UNDEFINED, args, offset);
            if (frame == null) {
                unreached++; // the finally's exception path: its handler (3 bytecodes) and ReThrow (2)
                continue;
            }
            assertEquals(offset, frame.bytecodeOffset());
            InterpreterFrame copy = frame.copy();
            assertNotSame(frame, copy);
            Object fromCopy = interpreter.resume(copy, -1);
            Object fromOriginal = interpreter.resume(frame, -1);
            assertEquals(expected, fromCopy, "copy resumed at @" + offset);
            assertEquals(expected, fromOriginal, "original resumed at @" + offset);
            tested++;
        }
        assertTrue(tested > 20, "tested " + tested + " offsets");
        assertEquals(5, unreached, "offsets never reached");
    }
}

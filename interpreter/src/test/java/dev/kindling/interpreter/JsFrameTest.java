/*
 * Stack walking goes through JsFrame only, so a frame the interpreter did not make (the
 * optimizing tier's) shows the way an interpreter frame does. The same program runs in two
 * engines whose native `via(g, inner)` differs: in one it calls g, which calls inner (all
 * interpreted); in the other it pushes a hand-made JsFrame for g, at the offset of g's call
 * to inner, and calls inner itself. The error stacks inner builds must be the same, line for
 * line. Also: pushed frames count towards the call-depth limit, and a call-site message
 * ("o.m is not a function") is worded from a hand-made frame as from an interpreted one.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.Disassembler;
import dev.kindling.host.Engine;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsFrameTest {
    private static final String PROGRAM = """
            function inner() { return new Error('here').stack; }
            function g() {
              return inner();
            }
            function outer() { return via(g, inner); }
            function callsMissing(o) {
              return o.notThere();
            }
            module.exports = { outer, g, callsMissing };
            """;

    /** A frame as the tier would make one: a function, an offset, a receiver, a caller. */
    private static final class HandMadeFrame extends JsFrame {
        private final JSClosure function;
        private final int offset;

        HandMadeFrame(JSClosure function, int offset, JsFrame caller) {
            super(caller);
            this.function = function;
            this.offset = offset;
        }

        @Override
        public JSClosure function() {
            return function;
        }

        @Override
        public int bytecodeOffset() {
            return offset;
        }

        @Override
        public Object receiver() {
            return function.realm().global(); // a sloppy call's undefined receiver
        }

        @Override
        public JSObject newTarget() {
            return null;
        }
    }

    private final PrintStream sink = new PrintStream(new ByteArrayOutputStream());

    private static JSObject load(Engine engine) {
        return (JSObject) engine.runMainModule(engine.compile(PROGRAM, "frames.js"), Path.of("frames.js"))
                .get("exports");
    }

    /** The offset of the first call bytecode in `f`. */
    private static int firstCall(JSClosure f) {
        BytecodeArray b = f.shared().bytecode();
        for (int offset = 0; offset < b.length(); offset += Disassembler.instructionSize(b, offset)) {
            if (Disassembler.instructionText(b, offset).startsWith("Call")) {
                return offset;
            }
        }
        throw new AssertionError("no call in " + f.shared().name());
    }

    @Test
    void aHandMadeFrameBetweenInterpreterFramesShowsInTheStackAsAnInterpretedOneDoes() {
        Engine interpreted = new Engine(dev.kindling.flags.Flags.defaults(), sink, sink);
        interpreted.realm().defineMethod(interpreted.realm().global(), "via", 2,
                (realm, self, args) -> ((JSFunction) args[0]).call(Oddball.UNDEFINED, JSFunction.NO_ARGS));
        Object expected = ((JSFunction) load(interpreted).get("outer")).call(Oddball.UNDEFINED, JSFunction.NO_ARGS);

        Engine handMade = new Engine(dev.kindling.flags.Flags.defaults(), sink, sink);
        Interpreter interpreter = handMade.interpreter();
        JSObject exports = load(handMade);
        JSClosure g = (JSClosure) exports.get("g");
        handMade.realm().defineMethod(handMade.realm().global(), "via", 2, (realm, self, args) -> {
            HandMadeFrame frame = new HandMadeFrame(g, firstCall(g), interpreter.currentFrame());
            interpreter.pushFrame(frame);
            try {
                return ((JSFunction) args[1]).call(Oddball.UNDEFINED, JSFunction.NO_ARGS);
            } finally {
                interpreter.popFrame(frame);
            }
        });
        Object actual = ((JSFunction) exports.get("outer")).call(Oddball.UNDEFINED, JSFunction.NO_ARGS);

        assertTrue(((String) expected).contains("\n    at g (frames.js:3:10)\n"), "the interpreted stack:\n" + expected);
        assertEquals(expected, actual);
    }

    @Test
    void pushedFramesCountTowardsTheCallDepthLimit() {
        Engine engine = new Engine(dev.kindling.flags.Flags.builder().set(dev.kindling.flags.Flag.MAX_CALL_DEPTH, 2).build(), sink, sink);
        Interpreter interpreter = engine.interpreter();
        JSClosure g = (JSClosure) load(engine).get("g");
        HandMadeFrame first = new HandMadeFrame(g, 0, null);
        HandMadeFrame second = new HandMadeFrame(g, 0, first);
        interpreter.pushFrame(first);
        interpreter.pushFrame(second);
        JSException overflow = assertThrows(JSException.class,
                () -> interpreter.pushFrame(new HandMadeFrame(g, 0, second)));
        assertEquals("RangeError: Maximum call stack size exceeded",
                dev.kindling.runtime.Conversions.toString(overflow.value(engine.realm())));
        interpreter.popFrame(second);
        interpreter.popFrame(first);
        assertNull(interpreter.currentFrame());
    }

    @Test
    void aCallSiteMessageIsWordedFromAHandMadeFrame() {
        Engine engine = new Engine(dev.kindling.flags.Flags.defaults(), sink, sink);
        JSClosure callsMissing = (JSClosure) load(engine).get("callsMissing");
        JSException e = assertThrows(JSException.class,
                () -> callsMissing.call(Oddball.UNDEFINED, new Object[] {engine.realm().newObject()}));
        Object error = e.value(engine.realm());
        String interpreted = (String) ((JSObject) error).get("message");

        HandMadeFrame frame = new HandMadeFrame(callsMissing, firstCall(callsMissing), null);
        Interpreter interpreter = engine.interpreter();
        interpreter.pushFrame(frame);
        try {
            JSException fromFrame = assertThrows(JSException.class,
                    () -> interpreter.callFrom(frame, Oddball.UNDEFINED, Oddball.UNDEFINED, JSFunction.NO_ARGS));
            assertEquals(interpreted, ((JSObject) fromFrame.value(engine.realm())).get("message"));
        } finally {
            interpreter.popFrame(frame);
        }
    }
}

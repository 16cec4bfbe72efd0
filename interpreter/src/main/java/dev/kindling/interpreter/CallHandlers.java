/*
 * The handlers of the call bytecode family (CallProperty, CallProperty0/1/2, CallAnyReceiver,
 * CallUndefinedReceiver, CallUndefinedReceiver0/1/2) and Construct: decode the callee, the
 * receiver and the arguments as the bytecode table lays them out, record the target in the
 * call site's feedback, and call.
 *
 * Out of the loop on purpose: a call costs far more than the one JVM call into here, and the
 * loop's bytecode stays small enough for the JIT to inline its hot cases (see Interpreter's
 * header). The frame's bytecode offset is already the call's, so a callee's stack trace and
 * a "... is not a function" message see the call site.
 */
package dev.kindling.interpreter;

import static dev.kindling.interpreter.Interpreter.arguments;
import static dev.kindling.interpreter.Interpreter.s;
import static dev.kindling.interpreter.Interpreter.u;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.Oddball;

final class CallHandlers {
    private CallHandlers() {
    }

    /** One of the Call* bytecodes whose operands start at `p`; returns the call's result. */
    static Object call(Interpreter interpreter, Bytecode op, InterpreterFrame frame, int[] code, int p, int scale,
                       FeedbackVector feedback) {
        Object callee = frame.register(s(code, p, scale));
        Object receiver;
        Object[] args;
        int slot;
        switch (op) {
            case CallProperty, CallAnyReceiver -> {
                int list = s(code, p + scale, scale);
                receiver = frame.register(list);
                args = arguments(frame, list, 1, u(code, p + 2 * scale, scale) - 1);
                slot = u(code, p + 3 * scale, scale);
            }
            case CallProperty0 -> {
                receiver = frame.register(s(code, p + scale, scale));
                args = JSFunction.NO_ARGS;
                slot = u(code, p + 2 * scale, scale);
            }
            case CallProperty1 -> {
                receiver = frame.register(s(code, p + scale, scale));
                args = new Object[] {frame.register(s(code, p + 2 * scale, scale))};
                slot = u(code, p + 3 * scale, scale);
            }
            case CallProperty2 -> {
                receiver = frame.register(s(code, p + scale, scale));
                args = new Object[] {frame.register(s(code, p + 2 * scale, scale)),
                        frame.register(s(code, p + 3 * scale, scale))};
                slot = u(code, p + 4 * scale, scale);
            }
            case CallUndefinedReceiver -> {
                receiver = Oddball.UNDEFINED;
                args = arguments(frame, s(code, p + scale, scale), 0, u(code, p + 2 * scale, scale));
                slot = u(code, p + 3 * scale, scale);
            }
            case CallUndefinedReceiver0 -> {
                receiver = Oddball.UNDEFINED;
                args = JSFunction.NO_ARGS;
                slot = u(code, p + scale, scale);
            }
            case CallUndefinedReceiver1 -> {
                receiver = Oddball.UNDEFINED;
                args = new Object[] {frame.register(s(code, p + scale, scale))};
                slot = u(code, p + 2 * scale, scale);
            }
            case CallUndefinedReceiver2 -> {
                receiver = Oddball.UNDEFINED;
                args = new Object[] {frame.register(s(code, p + scale, scale)),
                        frame.register(s(code, p + 2 * scale, scale))};
                slot = u(code, p + 3 * scale, scale);
            }
            default -> throw new IllegalStateException("not a call bytecode: " + op);
        }
        interpreter.recordCall(feedback, slot, callee);
        return interpreter.runtime().call(frame, callee, receiver, args);
    }

    /** Construct: `new callee(args)` with new.target in `acc`. */
    static Object construct(Interpreter interpreter, InterpreterFrame frame, int[] code, int p, int scale,
                            FeedbackVector feedback, Object acc) {
        Object callee = interpreter.recordCall(feedback, u(code, p + 3 * scale, scale), frame.register(s(code, p, scale)));
        return interpreter.runtime().construct(frame, callee,
                arguments(frame, s(code, p + scale, scale), 0, u(code, p + 2 * scale, scale)), acc);
    }
}

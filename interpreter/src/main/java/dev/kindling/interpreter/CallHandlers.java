/*
 * The handlers of the call bytecode family (CallProperty, CallProperty0/1/2, CallAnyReceiver,
 * CallUndefinedReceiver, CallUndefinedReceiver0/1/2) and Construct: decode the callee, the
 * receiver and the arguments as the bytecode table lays them out, record the target in the
 * call site's feedback, and call.
 *
 * Out of the loop on purpose: the loop's bytecode stays small enough for the JIT to inline
 * its hot cases (see Interpreter's header). call() itself is kept under C2's FreqInlineSize
 * (325 bytes of bytecode), so that it is inlined into the loop where it is hot; its rare
 * paths are methods of their own. The register-file fast path steps aside for a closure with
 * optimized code (or one due to be compiled): optimized code takes its arguments as a list. The frame's bytecode offset is already the call's, so a callee's stack trace and
 * a "... is not a function" message see the call site.
 */
package dev.kindling.interpreter;

import static dev.kindling.interpreter.Interpreter.arguments;
import static dev.kindling.interpreter.Interpreter.s;
import static dev.kindling.interpreter.Interpreter.u;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.Opcodes;
import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;

import java.util.Arrays;

final class CallHandlers {
    private CallHandlers() {
    }

    /**
     * One of the Call* bytecodes whose operands start at `p`; returns the call's result. The
     * arguments are either a register list (`list`: `first` is the index of the first one in
     * the caller's register file) or one register operand each (`first` is the offset of the
     * first operand); `q` ends at the feedback slot operand.
     */
    static Object call(Interpreter interpreter, int op, InterpreterFrame frame, int[] code, int p,
                       FeedbackVector feedback) {
        Object callee = frame.get(s(code, p));
        int q = p + 1;
        Object receiver = Oddball.UNDEFINED;
        boolean list = op == Opcodes.CallProperty || op == Opcodes.CallAnyReceiver
                || op == Opcodes.CallUndefinedReceiver;
        int first;
        int count;
        if (op == Opcodes.CallProperty || op == Opcodes.CallAnyReceiver || op == Opcodes.CallProperty0
                || op == Opcodes.CallProperty1 || op == Opcodes.CallProperty2) {
            receiver = frame.get(s(code, q)); // the list's first register, or its own operand
            if (!list) {
                q++;
            }
        }
        if (list) {
            int skip = op == Opcodes.CallUndefinedReceiver ? 0 : 1;
            first = s(code, q) + skip;
            count = u(code, q + 1) - skip;
            q += 2;
        } else {
            first = q;
            count = operandArgumentCount(op);
            q += count;
        }
        interpreter.recordCall(feedback, u(code, q), callee);
        if (callee instanceof JSClosure closure && !closure.shared().isClassConstructor()
                && !closure.shared().bytecode().readsArgumentList() && !interpreter.entersOptimizedCode(closure)) {
            // The common case: the arguments go from the caller's registers straight into the
            // callee's register file, with no argument list in between (the callee never reads one).
            return interpreter.callWithRegisters(closure, receiver,
                    registerFile(closure, frame, code, list, first, count), null);
        }
        return callWithArgumentList(interpreter, frame, code, callee, receiver, list, first, count);
    }

    /** How many argument operands a call bytecode without a register list has. */
    private static int operandArgumentCount(int op) {
        return switch (op) {
            case Opcodes.CallProperty0, Opcodes.CallUndefinedReceiver0 -> 0;
            case Opcodes.CallProperty1, Opcodes.CallUndefinedReceiver1 -> 1;
            case Opcodes.CallProperty2, Opcodes.CallUndefinedReceiver2 -> 2;
            default -> throw new IllegalStateException("not a call bytecode: " + Bytecode.fromByte(op));
        };
    }

    /**
     * call() of anything else (a builtin, a closure that reads its arguments, a class
     * constructor's error), with the arguments as a list; out of line to keep call() small
     * enough for the JIT to inline into the loop.
     */
    private static Object callWithArgumentList(Interpreter interpreter, InterpreterFrame frame, int[] code,
                                               Object callee, Object receiver, boolean list, int first, int count) {
        Object[] args = JSFunction.NO_ARGS;
        if (count > 0) {
            args = new Object[count];
            copyArguments(frame, code, list, first, args, 0, count);
        }
        return interpreter.runtime().call(frame, callee, receiver, args);
    }

    /**
     * The register file of a call to `closure` with the arguments of a call (see call) in its
     * parameters, undefined in the rest, and the receiver slot left for the caller.
     */
    private static Object[] registerFile(JSClosure closure, InterpreterFrame frame, int[] code,
                                         boolean list, int first, int count) {
        BytecodeArray bytecode = closure.shared().bytecode();
        Object[] registers = new Object[bytecode.parameterCount() + bytecode.registerCount()];
        int passed = Math.min(count, bytecode.parameterCount() - 1);
        copyArguments(frame, code, list, first, registers, 1, passed);
        Arrays.fill(registers, 1 + passed, registers.length, Oddball.UNDEFINED);
        return registers;
    }

    /** Copies the first `n` arguments of a call (see call) into `to` from index `at`. */
    private static void copyArguments(InterpreterFrame frame, int[] code, boolean list, int first,
                                      Object[] to, int at, int n) {
        if (list) {
            System.arraycopy(frame.registers, first, to, at, n);
        } else {
            for (int i = 0; i < n; i++) {
                to[at + i] = frame.get(s(code, first + i));
            }
        }
    }

    /** Construct: `new callee(args)` with new.target in `acc`. */
    static Object construct(Interpreter interpreter, InterpreterFrame frame, int[] code, int p,
                            FeedbackVector feedback, Object acc) {
        Object callee = interpreter.recordCall(feedback, u(code, p + 3), frame.get(s(code, p)));
        int list = s(code, p + 1);
        int count = u(code, p + 2);
        if (callee instanceof JSClosure closure && acc instanceof JSObject newTarget && closure.isConstructor()
                && !closure.shared().isDerivedConstructor() && !closure.shared().bytecode().readsArgumentList()
                && !interpreter.entersOptimizedCode(closure)) {
            // As for a call: no argument list when the constructor never reads one.
            return closure.constructWithRegisters(registerFile(closure, frame, code, true, list, count),
                    newTarget);
        }
        return interpreter.runtime().construct(frame, callee, arguments(frame, list, 0, count), acc);
    }
}

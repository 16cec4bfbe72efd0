/*
 * The whole state of one running JS function (DESIGN.md stage 3): the closure, the register
 * file (receiver, parameters, then locals and temporaries), the accumulator, the current
 * context and the bytecode offset. Nothing of a function's state lives only in the JVM
 * locals of the interpreter loop: whenever the loop leaves (a call, a stop, an exception) the
 * frame is up to date, so the interpreter can start any function at any bytecode offset from
 * a filled-in frame — what deoptimization and on-stack replacement need. rebuild() makes such
 * a frame from plain values (the register file, the accumulator, the context, the argument
 * list, new.target, and, set after, the caught exception — the whole state), and the public
 * accessors read the same values out; Interpreter.runFrame runs it to the function's end.
 * It is the interpreter's kind of JsFrame, the one frame abstraction stack walking reads.
 *
 * Register file layout: [0] is <this>, [1..n] are a0..a(n-1), then r0, r1, ...
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.Register;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;

import java.util.Arrays;

public final class InterpreterFrame extends JsFrame {
    final JSClosure function;
    final BytecodeArray bytecode;
    final Object[] registers;
    /**
     * The bytecode decoded for the loop (or a copy with a break patched in, while
     * Interpreter.resume waits for a stop), and the feedback vector (see Interpreter.run).
     */
    int[] code;
    final FeedbackVector feedback;
    /** Index of r0 in `registers`: the parameter count including the receiver. */
    final int localBase;
    /** new.target: the constructor for a `new` call, null for a plain call. */
    final JSObject newTarget;
    /**
     * The arguments as passed (more or fewer than the formal parameters), for arguments
     * objects and rest parameters; null when the code reads neither (a call then fills the
     * registers straight from the caller's, see CallHandlers.call).
     */
    final Object[] arguments;
    Object accumulator = Oddball.UNDEFINED;
    Context context;
    int bytecodeOffset;
    /**
     * The exception a handler of this frame last caught: ReThrow at the end of a finally
     * block rethrows it as it was (keeping where it was first thrown), as V8 keeps the
     * pending message across a finally.
     */
    JSException caught;
    /** The call's async function object when this is an async function's frame (async stack traces); else null. */
    AsyncFunctionObject asyncFunction;

    InterpreterFrame(JSClosure function, BytecodeArray bytecode, Object receiver, Object[] args,
                     JSObject newTarget, JsFrame caller) {
        this(function, bytecode, registerFile(bytecode, receiver, args), args, newTarget, caller);
    }

    /**
     * A frame over a register file the caller filled in: the receiver at [0], the parameters
     * after it and undefined in the rest. `args` is the argument list as passed, or null when
     * the code never reads it (BytecodeArray.readsArgumentList).
     */
    InterpreterFrame(JSClosure function, BytecodeArray bytecode, Object[] registers, Object[] args,
                     JSObject newTarget, JsFrame caller) {
        super(caller);
        this.function = function;
        this.bytecode = bytecode;
        this.localBase = bytecode.parameterCount();
        this.registers = registers;
        this.code = bytecode.decodedForExecution();
        this.feedback = function.feedbackVector();
        this.newTarget = newTarget;
        this.arguments = args;
        this.context = function.context();
        int newTargetRegister = function.shared().newTargetRegister();
        if (newTargetRegister != 0) {
            registers[bytecode.registerIndex(newTargetRegister)] = newTarget == null ? Oddball.UNDEFINED : newTarget;
        }
    }

    private static Object[] registerFile(BytecodeArray bytecode, Object receiver, Object[] args) {
        int localBase = bytecode.parameterCount();
        Object[] r = new Object[localBase + bytecode.registerCount()];
        r[0] = receiver;
        int passed = Math.min(args.length, localBase - 1);
        System.arraycopy(args, 0, r, 1, passed);
        Arrays.fill(r, 1 + passed, r.length, Oddball.UNDEFINED);
        return r;
    }

    private InterpreterFrame(InterpreterFrame other) {
        super(other.caller);
        this.function = other.function;
        this.bytecode = other.bytecode;
        this.localBase = other.localBase;
        this.registers = other.registers.clone();
        this.code = other.code;
        this.feedback = other.feedback;
        this.newTarget = other.newTarget;
        this.arguments = other.arguments;
        this.accumulator = other.accumulator;
        this.context = other.context;
        this.bytecodeOffset = other.bytecodeOffset;
        this.caught = other.caught;
    }

    /**
     * A frame for `function` at `bytecodeOffset` made from plain values, as the deoptimizer
     * (and OSR's reverse) makes one: the interpreter's state at that offset, which
     * Interpreter.runFrame then runs to the function's end. `registerFile` is laid out as a
     * frame's own ([0] <this>, then the parameters, then r0...; length parameterCount +
     * registerCount, see BytecodeArray) and is copied; `arguments` is the argument list as
     * passed, or null if the code never reads it (BytecodeArray.readsArgumentList); `newTarget`
     * null for a plain call. The caught exception, the one piece of state outside these, is
     * set with setCaughtException. The frame is not yet current: runFrame pushes it.
     */
    public static InterpreterFrame rebuild(JSClosure function, int bytecodeOffset, Object[] registerFile,
                                           Object accumulator, Context context, Object[] arguments,
                                           JSObject newTarget, JsFrame caller) {
        BytecodeArray bytecode = function.shared().bytecode();
        int length = bytecode.parameterCount() + bytecode.registerCount();
        if (registerFile.length != length) {
            throw new IllegalArgumentException("a register file of " + function.shared().name() + " has "
                    + length + " entries, not " + registerFile.length);
        }
        if (arguments == null && bytecode.readsArgumentList()) {
            throw new IllegalArgumentException(function.shared().name() + " reads its argument list: pass it");
        }
        Object[] registers = registerFile.clone();
        InterpreterFrame frame = new InterpreterFrame(function, bytecode, registers, arguments, newTarget, caller);
        System.arraycopy(registerFile, 0, registers, 0, length); // undo the constructor's new.target write
        frame.bytecodeOffset = bytecodeOffset;
        frame.accumulator = accumulator;
        frame.context = context;
        return frame;
    }

    /**
     * Hands this frame back to the interpreter at `offset` with this state (OSR code's early
     * exit; see OnStackReplacement): the register file (laid out as rebuild takes it) is copied
     * in, and the accumulator and context set. The frame must be stopped (not running in run()).
     */
    public void continueAt(int offset, Object[] registerFile, Object accumulator, Context context) {
        if (registerFile.length != registers.length) {
            throw new IllegalArgumentException("a register file of " + registers.length + " entries, not "
                    + registerFile.length);
        }
        System.arraycopy(registerFile, 0, registers, 0, registers.length);
        this.bytecodeOffset = offset;
        this.accumulator = accumulator;
        this.context = context;
    }

    /** A copy of this frame's register file, laid out as rebuild takes it. */
    public Object[] registerFile() {
        return registers.clone();
    }

    /** The argument list as passed, or null when the code never reads it (see rebuild). */
    public Object[] arguments() {
        return arguments;
    }

    /** The exception this frame's handler last caught (ReThrow rethrows it), or null. */
    public JSException caughtException() {
        return caught;
    }

    public void setCaughtException(JSException exception) {
        this.caught = exception;
    }

    /** A copy of this frame's state (registers copied; objects they point to shared). */
    public InterpreterFrame copy() {
        return new InterpreterFrame(this);
    }

    @Override
    public JSClosure function() {
        return function;
    }

    public BytecodeArray bytecode() {
        return bytecode;
    }

    @Override
    public int bytecodeOffset() {
        return bytecodeOffset;
    }

    @Override
    public Object receiver() {
        return registers[0];
    }

    @Override
    public JSObject newTarget() {
        return newTarget;
    }

    public Object accumulator() {
        return accumulator;
    }

    public Context context() {
        return context;
    }

    /**
     * The value of a register operand as the bytecode holds it (r0, a0, <this>, <context>,
     * <closure>), for the code that reads raw operands (the handler table, error messages);
     * the loop reads decoded operands with get. One mapping, BytecodeArray.registerIndex.
     */
    public Object register(int operand) {
        return get(bytecode.registerIndex(operand));
    }

    public void setRegister(int operand, Object value) {
        set(bytecode.registerIndex(operand), value);
    }

    /**
     * The register at `index` of the register file, as the decoded code holds register
     * operands (BytecodeArray.registerIndex): one array load for every register but
     * <context> and <closure>, whose indexes are their (negative) operands.
     */
    Object get(int index) {
        return index >= 0 ? registers[index] : special(index);
    }

    void set(int index, Object value) {
        if (index >= 0) {
            registers[index] = value;
        } else {
            setSpecial(index, value);
        }
    }

    private Object special(int operand) {
        return operand == Register.CONTEXT ? context : closure(operand); // <context> is the hot one
    }

    private Object closure(int operand) {
        if (operand == Register.CLOSURE) {
            return function;
        }
        throw new IllegalStateException("no register " + operand);
    }

    private void setSpecial(int operand, Object value) {
        if (operand != Register.CONTEXT) {
            throw new IllegalStateException("register " + operand + " cannot be written");
        }
        context = (Context) value;
    }
}

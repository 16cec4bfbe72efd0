/*
 * The base class of every generated class (one hidden class per optimized function version,
 * made by codegen.CodeGenerator): the OptimizedCode the interpreter calls. The generated call()
 * pushes the activation's OptimizedFrame around the generated run(), which holds the function's
 * body and takes the formal parameters as JVM parameters; runWithArguments() is run() taking
 * them from an argument array, and callDirect() (where the function never reads its argument
 * list) the entry of a fixed descriptor that direct calls are linked to (CodeGenerator's
 * emitDirectEntry; its MethodHandle is OptimizedCode.directEntry). The exits table says what
 * each deopt exit of run() means. OSR code (compiled for a loop
 * header) is entered with enterAtLoop instead, from the interpreter frame it replaces.
 *
 * Assumes: OptimizedCode's contract (receiver adjusted, args as passed).
 * Guarantees: the frame is popped however run() ends (return, JS exception, deopt), and a JS
 * exception leaving it has been materialized in it, as one leaving an interpreter frame has.
 */
package dev.kindling.backend.deopt;

import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.interpreter.Context;
import dev.kindling.interpreter.Interpreter;
import dev.kindling.interpreter.InterpreterFrame;
import dev.kindling.interpreter.JSClosure;
import dev.kindling.interpreter.JsFrame;
import dev.kindling.interpreter.OptimizedCode;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;

import java.util.Arrays;
import java.util.List;

public abstract class CompiledFunction extends OptimizedCode {
    private final List<DeoptExit> exits;
    private final Deoptimizer deoptimizer;

    protected CompiledFunction(SharedFunctionInfo shared, List<DeoptExit> exits, Deoptimizer deoptimizer) {
        super(shared);
        this.exits = List.copyOf(exits);
        this.deoptimizer = deoptimizer;
    }

    /*
     * call() — OptimizedCode's entry — is generated into each class (CodeGenerator's
     * emitCallEntry), not written here once: a call() shared by every generated class would make
     * its call of run() one JVM call site that sees every optimized function, which HotSpot can
     * neither devirtualize nor inline, and would be compiled once with whatever callee it saw
     * first inlined into it. Each class's own call() is this, with run() a direct call:
     *
     *     OptimizedFrame frame = enterFrame(interpreter, function, receiver, newTarget);
     *     try { result = runWithArguments(interpreter, frame, args); }   // run(…, args[0], args[1] …)
     *     catch (JSException e) { throw thrown(interpreter, e, frame); }   // pops the frame
     *     catch (Throwable t) { leaveFrame(interpreter, frame); throw t; }
     *     leaveFrame(interpreter, frame); return result;
     */

    /** What Interpreter.enterOptimized counts before entering the code, for callDirect. */
    public static void countInvocation(JSClosure function) {
        OptimizedCode.countInvocationOf(function);
    }

    /**
     * Pushes the activation's frame (the depth limit is checked here) and returns it: the
     * reused frame object of the current depth (OptimizedFrame.activate), no allocation.
     */
    public static OptimizedFrame enterFrame(Interpreter interpreter, JSClosure function, Object receiver,
                                            JSObject newTarget) {
        OptimizedFrame frame = OptimizedFrame.activate(interpreter, function, receiver, newTarget);
        interpreter.pushFrame(frame);
        return frame;
    }

    /**
     * Pops the activation's frame, and any frame of an inlined callee an exception left pushed
     * above it (see the InlinedFrame nodes; a normal return has popped them already).
     */
    public static void leaveFrame(Interpreter interpreter, OptimizedFrame frame) {
        while (interpreter.currentFrame() != frame) {
            interpreter.popFrame(interpreter.currentFrame());
        }
        interpreter.popFrame(frame);
    }

    /**
     * A JS exception leaves the activation: what the interpreter's handle() does first in every
     * frame an exception passes through — a pending error (a builtin's) gets its value here, so
     * its stack starts at this frame, and this frame's position is the throw site if none is
     * yet; the frames of inlined callees the exception left are such frames too, innermost
     * first — then the frames are popped. Returns `e` for the generated code to rethrow.
     */
    public static JSException thrown(Interpreter interpreter, JSException e, OptimizedFrame frame) {
        try {
            for (JsFrame f = interpreter.currentFrame(); f != frame; f = f.caller()) {
                interpreter.materialize(e, f);
            }
            interpreter.materialize(e, frame);
        } finally {
            leaveFrame(interpreter, frame);
        }
        return e;
    }

    /**
     * OSR code's entry (see OnStackReplacement): `frame`, the current frame, is stopped at the
     * loop header this code was compiled for. Its state becomes the entry values, an optimized
     * frame takes its place on the stack (V8 replaces the interpreter frame too: a stack trace
     * shows the function once), and the rest of the activation runs here; the interpreter frame
     * is put back before returning, so the interpreter pops it as usual. Code compiled for an
     * inner loop may hand the frame back instead (OsrExit): then it returns null, and the
     * interpreter runs the frame on from the state put into it.
     */
    @Override
    public final Object enterAtLoop(Interpreter interpreter, InterpreterFrame frame) {
        Object[] registers = frame.registerFile();
        Object[] values = Arrays.copyOf(registers, registers.length + 2);
        values[registers.length] = frame.accumulator();
        values[registers.length + 1] = frame.context();
        Object[] args = frame.arguments();
        Object result;
        interpreter.popFrame(frame);
        try {
            // a frame of its own, not the depth's reused one: a deoptimized activation may be
            // waiting for that one back below the interpreter frame replaced here (Interpreter.reusableFrame)
            OptimizedFrame optimized = new OptimizedFrame(frame.caller(), frame.function(), frame.receiver(),
                    frame.newTarget());
            optimized.osrValues = values;
            optimized.bytecodeOffset = frame.bytecodeOffset();
            result = runInFrame(interpreter, optimized, args == null ? JSFunction.NO_ARGS : args);
        } finally {
            interpreter.pushFrame(frame);
        }
        if (result instanceof OsrExit exit) { // an inner loop's code at an outer back edge: interpret on
            frame.continueAt(exit.bytecodeOffset(), exit.registers(), exit.accumulator(), exit.context());
            return null;
        }
        return result;
    }

    /**
     * What a generated call() does (see above), for OSR's entry: the body run as `frame`,
     * pushed for the activation and popped however it ends.
     */
    private Object runInFrame(Interpreter interpreter, OptimizedFrame frame, Object[] args) {
        interpreter.pushFrame(frame);
        Object result;
        try {
            result = runWithArguments(interpreter, frame, args);
        } catch (JSException e) {
            throw thrown(interpreter, e, frame);
        } catch (Throwable t) {
            leaveFrame(interpreter, frame);
            throw t;
        }
        leaveFrame(interpreter, frame);
        return result;
    }

    /**
     * The generated body run with the formal parameters from `args` (undefined past its end):
     * the function's result, or the Deoptimizer's after a failed check.
     */
    protected abstract Object runWithArguments(Interpreter interpreter, OptimizedFrame frame, Object[] args);

    public final DeoptExit exit(int id) {
        return exits.get(id);
    }

    public final List<DeoptExit> exits() {
        return exits;
    }

    /**
     * Called by a deopt exit of run(): resumes the function in the interpreter (see Deoptimizer).
     * `args` is null when the code was entered by callDirect (a function that never reads its
     * argument list, whose interpreter frame is rebuilt without one).
     * `registers` is the register file with the exit's live values (null where dead), `failed`
     * the value that failed the check (or null); for a check in an inlined callee, `callerValues`
     * holds each caller frame's register file and context, innermost first (DeoptExit.callers),
     * else it is empty.
     */
    protected final Object deoptimize(Interpreter interpreter, OptimizedFrame frame, Object[] args, int exitId,
                                      Object[] registers, Object accumulator, Object context, Object failed,
                                      Object[] callerValues) {
        return deoptimizer.deoptimize(this, interpreter, frame, args, exits.get(exitId), registers, accumulator,
                context, failed, callerValues);
    }

    /**
     * Called by a node that threw `exception` inside a try range: the interpreter continues the
     * function at the range's handler (see Deoptimizer.continueAtHandler).
     */
    protected final Object continueAtHandler(Interpreter interpreter, OptimizedFrame frame, Object[] args, int exitId,
                                             Object[] registers, Object accumulator, Object context,
                                             Object exception) {
        return deoptimizer.continueAtHandler(this, interpreter, frame, args, exits.get(exitId), registers,
                (Context) context, (JSException) exception);
    }

    @Override
    protected final void traceMarking(dev.kindling.runtime.LazyDeoptimizeReason reason) {
        deoptimizer.traceMarking(this, reason);
    }

    /** --deopt-every-n-times: whether the check about to run must deopt now ("for testing"). */
    protected final boolean stressDeopt() {
        return deoptimizer.stressTick();
    }

    /**
     * FastNewObject (V8's builtin of that name): the receiver `new constructor(...)` gives a base
     * constructor's body, an object whose prototype is constructor.prototype (read now, as
     * JSClosure.construct reads it).
     */
    public static Object fastNewObject(Object constructor) {
        JSClosure f = (JSClosure) constructor;
        return f.realm().newConstructedObject(f.prototypeForConstruct(f));
    }

    /** ConvertReceiver (Maglev's): the `this` an inlined sloppy callee sees (JSClosure.receiverFor). */
    public static Object convertReceiver(Object receiver, Object callee) {
        return ((JSClosure) callee).receiverFor(receiver);
    }

    /** ToBoolean of a float64: false for 0, -0 and NaN. */
    public static boolean truthy(double d) {
        return d != 0 && d == d;
    }
}

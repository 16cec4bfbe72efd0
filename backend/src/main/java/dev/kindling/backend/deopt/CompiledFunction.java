/*
 * The base class of every generated class (one hidden class per optimized function version,
 * made by codegen.CodeGenerator): the OptimizedCode the interpreter calls. call() pushes the
 * activation's OptimizedFrame around the generated run(), which holds the function's body; the
 * exits table says what each deopt exit of run() means.
 *
 * Assumes: OptimizedCode's contract (receiver adjusted, args as passed).
 * Guarantees: the frame is popped however run() ends (return, JS exception, deopt), and a JS
 * exception leaving it has been materialized in it, as one leaving an interpreter frame has.
 */
package dev.kindling.backend.deopt;

import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.interpreter.Context;
import dev.kindling.interpreter.Interpreter;
import dev.kindling.interpreter.JSClosure;
import dev.kindling.interpreter.JsFrame;
import dev.kindling.interpreter.OptimizedCode;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;

import java.util.List;

public abstract class CompiledFunction extends OptimizedCode {
    private final List<DeoptExit> exits;
    private final Deoptimizer deoptimizer;

    protected CompiledFunction(SharedFunctionInfo shared, List<DeoptExit> exits, Deoptimizer deoptimizer) {
        super(shared);
        this.exits = List.copyOf(exits);
        this.deoptimizer = deoptimizer;
    }

    @Override
    public final Object call(Interpreter interpreter, JSClosure function, Object receiver, Object[] args,
                             JSObject newTarget) {
        OptimizedFrame frame = new OptimizedFrame(interpreter.currentFrame(), function, receiver, newTarget);
        interpreter.pushFrame(frame);
        try {
            return run(interpreter, frame, args);
        } catch (JSException e) {
            // What the interpreter's handle() does first in every frame an exception passes
            // through: a pending error (a builtin's) gets its value here, so its stack starts
            // at this frame, and this frame's position is the throw site if none is yet. The
            // frames of inlined callees the exception left are such frames too, innermost first.
            for (JsFrame f = interpreter.currentFrame(); f != frame; f = f.caller()) {
                interpreter.materialize(e, f);
            }
            interpreter.materialize(e, frame);
            throw e;
        } finally {
            // An exception may leave inlined callees' frames pushed (see InlinedFrame nodes):
            // they go with this one.
            while (interpreter.currentFrame() != frame) {
                interpreter.popFrame(interpreter.currentFrame());
            }
            interpreter.popFrame(frame);
        }
    }

    /** The generated body: the function's result, or the Deoptimizer's after a failed check. */
    protected abstract Object run(Interpreter interpreter, OptimizedFrame frame, Object[] args);

    public final DeoptExit exit(int id) {
        return exits.get(id);
    }

    public final List<DeoptExit> exits() {
        return exits;
    }

    /**
     * Called by a deopt exit of run(): resumes the function in the interpreter (see Deoptimizer).
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

    /** ToBoolean of a float64: false for 0, -0 and NaN. */
    public static boolean truthy(double d) {
        return d != 0 && d == d;
    }
}

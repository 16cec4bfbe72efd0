/*
 * Optimized code for one function (V8's Code object of kind TURBOFAN/MAGLEV), as the
 * interpreter sees it: something to call instead of interpreting the bytecode, installed in
 * the function's FeedbackVector (see FeedbackVector.optimizedCode for why there) and shared by
 * every closure of its CreateClosure site.
 *
 * Assumes (of call): the interpreter has already counted the invocation and checked nothing
 * else; `receiver` has been adjusted for sloppy mode (undefined/null → the global object; a
 * derived constructor's receiver is the hole until super() binds it); `args` are exactly as
 * passed (any length); `newTarget` is null for a plain call. The code pushes a JsFrame of its
 * own with Interpreter.pushFrame (which enforces the call-depth limit) and pops it before
 * returning or throwing, so stack traces see it. It returns the function body's result; a
 * `new` caller (JSClosure.construct) then applies [[Construct]]'s "an object, else the
 * receiver", exactly as for an interpreted body.
 *
 * Guarantees: once markForDeoptimization() is called (a dependency broke, or a guard failed
 * and the deoptimizer resumed the function in the interpreter), the code is never entered
 * again: the next call evicts it from its vector (TieringManager.codeToEnter).
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.runtime.JSObject;

public abstract class OptimizedCode implements dev.kindling.runtime.DependentCode {
    private final SharedFunctionInfo shared;
    private boolean markedForDeoptimization;
    private boolean dependencyBroken;

    protected OptimizedCode(SharedFunctionInfo shared) {
        this.shared = shared;
    }

    /** Runs `function` (a closure of shared()) on these arguments; see the header for the contract. */
    public abstract Object call(Interpreter interpreter, JSClosure function, Object receiver, Object[] args,
                                JSObject newTarget);

    /**
     * For OSR code (OptimizingCompiler.compileOsr): runs the rest of `frame`'s activation, from
     * the loop header it is stopped at, and returns the function's result. `frame` is the
     * current frame; the code takes its place on the stack while it runs and puts it back
     * before returning or throwing (see OnStackReplacement).
     */
    public Object enterAtLoop(Interpreter interpreter, InterpreterFrame frame) {
        throw new IllegalStateException(shared.name() + "'s code was not compiled for on-stack replacement");
    }

    /**
     * The entry of a fixed descriptor that direct calls are linked to (DirectCallSites), bound
     * to this code: (Interpreter, JSClosure, Object receiver, Object × formals)Object, what call()
     * does for a plain call with exactly that many arguments, minus the array; null when the
     * code has none (then a direct call collects its arguments and calls call()).
     */
    public final java.lang.invoke.MethodHandle directEntry() {
        return directEntry;
    }

    private java.lang.invoke.MethodHandle directEntry;

    /** Set once, when the code is installed (before any direct call is linked to it). */
    public final void setDirectEntry(java.lang.invoke.MethodHandle entry) {
        if (directEntry != null) {
            throw new IllegalStateException("the direct entry is set once");
        }
        directEntry = entry;
    }

    /** What Interpreter.enterOptimized counts before entering code: an invocation of `function`. */
    protected static void countInvocationOf(JSClosure function) {
        function.feedbackVector().countInvocation();
    }

    /** The function this code was compiled from. */
    public final SharedFunctionInfo shared() {
        return shared;
    }

    /** The vector this code is installed in, or null before it is. */
    private FeedbackVector installedIn;

    void installedIn(FeedbackVector vector) {
        installedIn = vector;
    }

    /**
     * From now on this code is never entered (V8's Code::set_marked_for_deoptimization): the
     * direct calls linked to it are re-pointed at once (see DirectCallSites).
     */
    public final void markForDeoptimization() {
        markedForDeoptimization = true;
        if (installedIn != null && installedIn.optimizedCode() == this) {
            installedIn.tieringChanged();
        }
    }

    /**
     * A dependency of this code broke (V8's DependentCode::MarkCodeForDeoptimization): traced,
     * then marked; activations on the stack see the mark at their next lazy deopt point.
     */
    @Override
    public final void markDependentForDeoptimization(dev.kindling.runtime.LazyDeoptimizeReason reason) {
        if (dependencyBroken) {
            return;
        }
        dependencyBroken = true;
        if (!markedForDeoptimization) {
            traceMarking(reason); // V8 traces only code it newly marks (code an eager deopt marked is not)
        }
        markForDeoptimization();
    }

    /**
     * Whether a dependency of this code broke, the test of its lazy deopt points. Not the same as
     * isMarkedForDeoptimization: code also gets marked when one activation deopts eagerly, and
     * that leaves the others on the stack right to go on.
     */
    public final boolean isDependencyBroken() {
        return dependencyBroken;
    }

    /** Prints --trace-deopt's `[marking dependent code ...]` line where tracing is on. */
    protected void traceMarking(dev.kindling.runtime.LazyDeoptimizeReason reason) {
    }

    public final boolean isMarkedForDeoptimization() {
        return markedForDeoptimization;
    }
}

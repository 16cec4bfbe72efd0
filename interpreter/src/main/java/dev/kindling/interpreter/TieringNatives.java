/*
 * The tiering natives (--allow-natives-syntax; V8's src/runtime/runtime-test.cc): a program
 * drives the optimizing tier and asks where a function stands, as V8's mjsunit tests do.
 *
 *   %PrepareFunctionForOptimization(f)  compiles f's bytecode and makes its feedback vector if
 *                                       it has none (V8's EnsureFeedbackVector); nothing more —
 *                                       Kindling keeps no table of functions prepared by hand
 *                                       (V8 does only under --testing-d8-test-runner)
 *   %OptimizeFunctionOnNextCall(f)      marks f (REQUESTED): its next call compiles it first.
 *                                       Does nothing under --no-opt, once f is given up on
 *                                       (NEVER), or while f has optimized code not marked for
 *                                       deoptimization — as V8 returns early for each
 *   (both take an optional second argument, V8's mode: "allow heuristic optimization",
 *   "concurrent"; Kindling ignores it, and compiles synchronously)
 *   %DeoptimizeFunction(f)              f's optimized code is marked for deoptimization and
 *                                       dropped from its vector, so the next call interprets
 *                                       (V8's Deoptimizer::DeoptimizeFunction), its OSR code
 *                                       too; an activation already running the code finishes in it
 *   %NeverOptimizeFunction(f)           f is never optimized again (TieringManager.neverOptimize)
 *   %GetOptimizationStatus(f)           V8's OptimizationStatus bits (below) as a number
 *   %IsBeingInterpreted()               true when the function calling it runs in the
 *                                       interpreter (V8's runtime function always answers true,
 *                                       and its optimizing tiers fold the call to false);
 *                                       Kindling looks at the calling frame
 *   %ActiveTierIsIgnition(f)            true when f's next call runs in the interpreter (V8's
 *                                       name for its interpreter's tier; Kindling's has none)
 *   %ActiveTierIsKindlingJit(f)         true when f's next call runs Kindling's optimized code
 *                                       (Kindling's own, for V8's %ActiveTierIsTurbofan)
 *   %OptimizeOsr()                      the calling function, if interpreted, continues in OSR
 *                                       code at its next loop back edge (OnStackReplacement: the
 *                                       highest OSR urgency); V8 also marks it for
 *                                       optimization, Kindling not (see optimizeOsr); nothing
 *                                       under --no-opt
 *
 * %GetOptimizationStatus bits, as V8 11.3 (node 20) numbers them (src/runtime/runtime.h,
 * enum OptimizationStatus); the ones Kindling sets:
 *        1  kIsFunction               f is a function (then the bits below about f)
 *        2  kNeverOptimize            the engine has no optimizing tier (--no-opt). As in V8,
 *                                     not set by %NeverOptimizeFunction
 *        4  kAlwaysOptimize           --always-opt
 *        8  kMaybeDeopted             --deopt-every-n-times (any code may deopt with nothing failed)
 *      256  kMarkedForOptimization    f is REQUESTED: its next call compiles it
 *       16  kOptimized                f has optimized code not marked for deoptimization
 *    16384  kMarkedForDeoptimization  f's optimized code is marked for deoptimization and not
 *                                     evicted yet (after a failed check, until the next call;
 *                                     V8 drops eagerly deoptimized code at once, so node shows
 *                                     only kInterpreted there)
 *      128  kInterpreted              f's next call runs the interpreter: f is compiled and
 *                                     has no optimized code, or only code marked for
 *                                     deoptimization
 *   262144  kIsLazy                   f's bytecode is not made yet (never called or prepared)
 *     2048  kIsExecuting              an activation of f is on the stack
 *    65536  kTopmostFrameIsInterpreted  f's innermost activation runs in the interpreter
 * Never set: kMaglevved (32), kTurboFanned (64) and kTopmostFrameIsTurboFanned / Maglev /
 * Baseline (4096, 524288, 131072): Kindling's tier is neither of V8's, so a program asks kOptimized, or
 * kIsExecuting without kTopmostFrameIsInterpreted for "running optimized"; the concurrent
 * bits (512, 1024: Kindling compiles synchronously), kLiteMode (8192), kBaseline (32768) and
 * the Maglev-request bits. f undefined answers the engine bits alone, as V8.
 *
 * Misuse (an argument that is not a function with bytecode) is a TypeError: V8 aborts there.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.RuntimeFunction;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.Oddball;

final class TieringNatives {
    static final int IS_FUNCTION = 1;
    static final int NEVER_OPTIMIZE = 1 << 1;
    static final int ALWAYS_OPTIMIZE = 1 << 2;
    static final int MAYBE_DEOPTED = 1 << 3;
    static final int OPTIMIZED = 1 << 4;
    static final int INTERPRETED = 1 << 7;
    static final int MARKED_FOR_OPTIMIZATION = 1 << 8;
    static final int IS_EXECUTING = 1 << 11;
    static final int MARKED_FOR_DEOPTIMIZATION = 1 << 14;
    static final int TOPMOST_FRAME_IS_INTERPRETED = 1 << 16;
    static final int IS_LAZY = 1 << 18;

    private final Interpreter interpreter;
    private final TieringManager manager;

    TieringNatives(Interpreter interpreter) {
        this.interpreter = interpreter;
        this.manager = interpreter.tieringManager();
    }

    Object call(RuntimeFunction function, Object[] args) {
        switch (function) {
            case PrepareFunctionForOptimization -> withMode(function, args).feedbackVector();
            case OptimizeFunctionOnNextCall -> optimizeOnNextCall(withMode(function, args));
            case DeoptimizeFunction -> deoptimize(closure(function, args[0]));
            case NeverOptimizeFunction -> manager.neverOptimize(closure(function, args[0]));
            case GetOptimizationStatus -> {
                return status(function, args[0]);
            }
            case IsBeingInterpreted -> {
                return interpreter.currentFrame() instanceof InterpreterFrame;
            }
            case ActiveTierIsIgnition -> {
                return (status(function, closure(function, args[0])) & INTERPRETED) != 0;
            }
            case ActiveTierIsKindlingJit -> {
                return (status(function, closure(function, args[0])) & OPTIMIZED) != 0;
            }
            case OptimizeOsr -> optimizeOsr();
            default -> throw new IllegalStateException("not a tiering native: " + function);
        }
        return Oddball.UNDEFINED;
    }

    /** The function of `%Name(f[, mode])` (V8 declares these two with any number of arguments). */
    private static JSClosure withMode(RuntimeFunction function, Object[] args) {
        if (args.length < 1 || args.length > 2) {
            throw JSException.typeError("%" + function + ": takes a function and an optional mode, not "
                    + args.length + " arguments");
        }
        return closure(function, args[0]);
    }

    private static JSClosure closure(RuntimeFunction function, Object value) {
        if (value instanceof JSClosure c) {
            return c;
        }
        throw JSException.typeError("%" + function + ": argument is not a function with bytecode");
    }

    private void optimizeOnNextCall(JSClosure f) {
        OptimizedCode code = f.feedbackVector().optimizedCode();
        if (code != null && !code.isMarkedForDeoptimization()) {
            return; // already optimized
        }
        manager.requestOptimization(f);
    }

    /**
     * %OptimizeOsr(): the calling function (the current frame's, when interpreted; V8 too does
     * nothing for a caller already optimized) gets the highest OSR urgency. V8 also marks it for
     * optimization; Kindling does not: its tier compiles no natives call, so the function's
     * next call would fail to compile and give the function up, OSR included (the OSR code of
     * a loop after the call never contains it).
     */
    private void optimizeOsr() {
        if (interpreter.currentFrame() instanceof InterpreterFrame frame) {
            manager.onStackReplacement().requestOsr(frame.function);
        }
    }

    private static void deoptimize(JSClosure f) {
        if (!f.hasFeedbackVector()) {
            return;
        }
        FeedbackVector vector = f.feedbackVector();
        OnStackReplacement.deoptimizeAll(vector);
        OptimizedCode code = vector.optimizedCode();
        if (code != null) {
            code.markForDeoptimization();
            vector.clearOptimizedCode();
        }
    }

    private int status(RuntimeFunction function, Object value) {
        int status = 0;
        if (manager.compiler() == null) {
            status |= NEVER_OPTIMIZE;
        }
        if (manager.alwaysOpt()) {
            status |= ALWAYS_OPTIMIZE;
        }
        if (manager.compiler() != null && manager.compiler().deoptsForTesting()) {
            status |= MAYBE_DEOPTED;
        }
        if (value == Oddball.UNDEFINED) {
            return status;
        }
        if (!(value instanceof JSFunction)) {
            throw JSException.typeError("%" + function + ": argument is not a function");
        }
        status |= IS_FUNCTION;
        if (!(value instanceof JSClosure f)) {
            return status; // a builtin: compiled, and never interpreted or optimized
        }
        if (!f.shared().isCompiled()) {
            return status | IS_LAZY;
        }
        FeedbackVector vector = f.hasFeedbackVector() ? f.feedbackVector() : null; // asking makes none
        if (vector != null && vector.tieringState() == TieringState.REQUESTED) {
            status |= MARKED_FOR_OPTIMIZATION;
        }
        OptimizedCode code = vector == null ? null : vector.optimizedCode();
        if (code == null || code.isMarkedForDeoptimization()) {
            status |= INTERPRETED;
        }
        if (code != null) {
            status |= code.isMarkedForDeoptimization() ? MARKED_FOR_DEOPTIMIZATION : OPTIMIZED;
        }
        for (JsFrame frame = interpreter.currentFrame(); frame != null; frame = frame.caller()) {
            if (frame.function() == f) {
                status |= IS_EXECUTING;
                if (frame instanceof InterpreterFrame) {
                    status |= TOPMOST_FRAME_IS_INTERPRETED;
                }
                break;
            }
        }
        return status;
    }
}

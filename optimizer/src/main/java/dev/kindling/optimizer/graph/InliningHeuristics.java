/*
 * Whether a call site's one target is inlined (Turbofan's js-inlining-heuristic.cc and Maglev's
 * MaglevGraphBuilder::ShouldInlineCall, with their budgets): the callee must be a JS function
 * the tier can build inside another (no arguments object or rest parameter, which read the
 * frame's argument list; no new.target; no try block, whose handler would need the caller's
 * frame rebuilt too; not a class constructor, which throws when called), the call not inside a
 * try block of the caller, not recursive, not too deep, small enough, hot enough, and not one
 * that keeps deoptimizing. The numbers are V8's:
 *
 *   max_inlined_bytecode_size             460   a callee larger than this is never inlined
 *   max_inlined_bytecode_size_cumulative  920   all the callees inlined into one function
 *   max_inlined_bytecode_size_small        27   a callee this small is inlined however cold
 *   min_inlining_frequency               0.15   calls at the site per call of the caller
 *   max_inlining_levels (Kindling: 3)           callees inside callees
 *
 * V8's frequency is the call count of the site's feedback over the caller's invocation count;
 * Kindling's feedback has both (CallFeedback.count, FeedbackVector.invocationCount). A callee
 * whose own code deoptimized TieringManager.MAX_DEOPTS times is not inlined either: its bets
 * have kept failing, and inlined they would take the caller's code down with them.
 *
 * --stress-inline (V8's flag of that name) lifts the size, budget and frequency limits, so
 * every call the tier can inline is inlined; the depth limit and the refusals stay.
 *
 * `new F(...)` (construct) takes a base constructor, class or function, whose every return is
 * `return undefined`, so the result is always the receiver (constructRefusal).
 *
 * Guarantees: refusal() is null exactly when the call may be inlined, else the reason in words
 * (--trace-turbo-inlining prints it).
 */
package dev.kindling.optimizer.graph;

import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.ic.CallFeedback;
import dev.kindling.interpreter.FeedbackVector;
import dev.kindling.interpreter.JSClosure;
import dev.kindling.interpreter.TieringManager;

public final class InliningHeuristics {
    public static final int MAX_INLINED_BYTECODE_SIZE = 460;
    public static final int MAX_INLINED_BYTECODE_SIZE_CUMULATIVE = 920;
    public static final int MAX_INLINED_BYTECODE_SIZE_SMALL = 27;
    public static final double MIN_INLINING_FREQUENCY = 0.15;
    public static final int MAX_INLINING_LEVELS = 3;

    private final boolean stress;

    /** `stress`: --stress-inline. */
    public InliningHeuristics(boolean stress) {
        this.stress = stress;
    }

    public boolean stress() {
        return stress;
    }

    /**
     * Why `target`, the one target of `site` in the function `builder` builds, is not inlined
     * there, or null if it is; `used` is the bytecode already inlined into this compilation.
     */
    String refusal(GraphBuilder builder, CallFeedback site, Object target, boolean anyReceiver, boolean construct,
                   int used) {
        if (!(target instanceof JSClosure callee)) {
            return "not a JS function";
        }
        SharedFunctionInfo shared = callee.shared();
        if (!shared.isCompiled() || !callee.hasFeedbackVector()) {
            return "never run";
        }
        BytecodeArray bytecode = shared.bytecode();
        if (construct) {
            String why = constructRefusal(callee, liveness(bytecode));
            if (why != null) {
                return why;
            }
        } else if (shared.isClassConstructor()) {
            return "a class constructor";
        }
        if (bytecode.readsArgumentList()) {
            return "reads its argument list (arguments or a rest parameter)";
        }
        if (shared.newTargetRegister() != 0) {
            return "reads new.target";
        }
        if (!bytecode.handlerTable().entries().isEmpty()) {
            return "has a try block";
        }
        if (builder.inTryBlock()) {
            return "the call is inside a try block";
        }
        if (anyReceiver && !shared.isStrict()) {
            return "a sloppy-mode function called with an unknown receiver";
        }
        if (builder.inlines(shared)) {
            return "recursive";
        }
        if (builder.depth() + 1 > MAX_INLINING_LEVELS) {
            return "too deep (" + (builder.depth() + 1) + " levels, at most " + MAX_INLINING_LEVELS + ")";
        }
        FeedbackVector vector = callee.feedbackVector();
        if (vector.deoptCount() >= TieringManager.MAX_DEOPTS) {
            return "deoptimized too often (" + vector.deoptCount() + " times)";
        }
        int size = bytecode.length();
        if (stress) {
            return null;
        }
        if (size > MAX_INLINED_BYTECODE_SIZE) {
            return "too big (" + size + " bytes)";
        }
        if (used + size > MAX_INLINED_BYTECODE_SIZE_CUMULATIVE) {
            return "over the cumulative budget (" + used + " of " + MAX_INLINED_BYTECODE_SIZE_CUMULATIVE
                    + " bytes used, " + size + " more)";
        }
        if (size > MAX_INLINED_BYTECODE_SIZE_SMALL) {
            double frequency = frequency(builder, site);
            if (frequency < MIN_INLINING_FREQUENCY) {
                return String.format("not hot (%.2f calls per call of the caller, at least %.2f)", frequency,
                        MIN_INLINING_FREQUENCY);
            }
        }
        return null;
    }

    /**
     * Why `new callee(...)` is not inlined: only a base constructor (a derived one binds `this`
     * in super()) whose every return is `return undefined` — a Return reached only by falling
     * through from LdaUndefined (no jump lands on it) — so the result is always the receiver.
     */
    private static String constructRefusal(JSClosure callee, dev.kindling.bytecode.analysis.BytecodeLiveness liveness) {
        if (!callee.isConstructor()) {
            return "not a constructor";
        }
        if (callee.shared().isDerivedConstructor()) {
            return "a derived constructor";
        }
        dev.kindling.bytecode.Bytecode previous = null;
        for (dev.kindling.bytecode.BytecodeIterator i = new dev.kindling.bytecode.BytecodeIterator(
                callee.shared().bytecode()); !i.done(); i.advance()) {
            if (i.bytecode() == dev.kindling.bytecode.Bytecode.Return
                    && (previous != dev.kindling.bytecode.Bytecode.LdaUndefined || liveness.isBlockStart(i.offset()))) {
                return "a constructor that may return a value";
            }
            previous = i.bytecode();
        }
        return null;
    }

    private static dev.kindling.bytecode.analysis.BytecodeLiveness liveness(BytecodeArray bytecode) {
        return dev.kindling.bytecode.analysis.BytecodeLiveness.analyze(bytecode);
    }

    /** Calls at the site per invocation of the function holding it. */
    private static double frequency(GraphBuilder builder, CallFeedback site) {
        int invocations = Math.max(1, builder.feedback().invocationCount());
        return (double) site.count() / invocations;
    }
}

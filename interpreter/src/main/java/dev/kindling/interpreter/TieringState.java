/*
 * Where a function stands on the way to optimized code, kept in its FeedbackVector (V8's
 * TieringState in the vector's flags, together with its maybe-has-optimized-code bit; here
 * one enum). The transitions, all made by TieringManager (or the vector's setOptimizedCode /
 * clearOptimizedCode):
 *
 *   NONE ──budget runs out, hot and stable / requestOptimization──▶ REQUESTED
 *   REQUESTED ──next call: the compiler returns code──▶ OPTIMIZED
 *   REQUESTED ──next call: the compiler returns null──▶ NEVER
 *   OPTIMIZED ──the code is marked for deoptimization, next call evicts it──▶ NONE
 *   any ──too many deopts / too large / neverOptimize──▶ NEVER (for good)
 */
package dev.kindling.interpreter;

public enum TieringState {
    /** Interpreted; the budget decides. */
    NONE,
    /** Marked for optimization: the next call compiles first (V8's kRequestTurbofan_Synchronous). */
    REQUESTED,
    /** The vector holds optimized code, entered on every call until it is marked for deoptimization. */
    OPTIMIZED,
    /** Given up on (too many deopts, too large, the compiler said no, or %NeverOptimizeFunction). */
    NEVER
}

/*
 * A listener to the tiering manager's decisions, for --trace-opt (the optimizing tier prints
 * V8's lines from these). TieringManager has none unless one is set.
 */
package dev.kindling.interpreter;


public interface TieringTrace {
    /** `function` was marked for optimization (REQUESTED) for `reason` ("hot and stable", ...). */
    void marked(JSClosure function, String reason);

    /** `function` will not be optimized any more (NEVER) for `reason` ("too many deopts", ...). */
    void gaveUp(JSClosure function, String reason);
}

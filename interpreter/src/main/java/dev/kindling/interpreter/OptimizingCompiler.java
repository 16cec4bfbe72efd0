/*
 * The door through which the optimizing tier plugs into the interpreter (DESIGN.md: the
 * interpreter never depends on optimizer/ or backend/; backend/ implements this and the
 * engine is given it; --no-opt gives none, and then nothing in the interpreter changes).
 *
 * Assumes: called on the JS thread, synchronously, from TieringManager.codeToEnter when a
 * function marked REQUESTED is next called (V8 compiles concurrently; Kindling does not).
 * Guarantees (of an implementation): the code returned runs `function` with the semantics
 * of the interpreter, reading only `feedback` for its speculation; null means "cannot be
 * optimized", after the compiler has reported why (--trace-opt), and the function is then
 * never tried again (TieringState.NEVER).
 */
package dev.kindling.interpreter;


public interface OptimizingCompiler {
    OptimizedCode compile(JSClosure function, FeedbackVector feedback);

    /**
     * Code for `function` entered at the loop of the JumpLoop at `osrOffset` (on-stack
     * replacement), taking `frame`'s registers, accumulator and context at the loop header as its
     * entry values (`frame` is stopped there; its values may type the entry); null after saying
     * why when it cannot be made. The code is entered with OptimizedCode.enterAtLoop.
     */
    default OptimizedCode compileOsr(JSClosure function, FeedbackVector feedback, InterpreterFrame frame,
                                     int osrOffset) {
        return null;
    }

    /** Whether its code may deopt with nothing failed (--deopt-every-n-times): %GetOptimizationStatus's kMaybeDeopted. */
    default boolean deoptsForTesting() {
        return false;
    }
}

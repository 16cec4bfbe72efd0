/*
 * THE table of deoptimization reasons (in the IR, since every check node carries one: the graph
 * builder names them, the code generator and the Deoptimizer read them), spelled as V8 spells them (src/deoptimizer/
 * deoptimize-reason.h: DEOPTIMIZE_REASON_LIST), so `--trace-deopt` lines read as node's. Each
 * also says, in plain words, what the optimized code expected, for Kindling's own line under
 * each bailout. "for testing" is the reason of the deopts --deopt-every-n-times forces.
 */
package dev.kindling.optimizer.ir;

public enum DeoptReason {
    NotASmi("not a Smi", "a small integer"),
    NotANumber("not a Number", "a number"),
    NotAString("not a String", "a string"),
    NotAHeapNumber("not a heap number", "a number"),
    WrongMap("wrong map", "an object of a shape it had seen"),
    WrongCallTarget("wrong call target", "the function it had seen called"),
    WrongValue("wrong value", "the value it had seen"),
    OutOfBounds("out of bounds", "an index within the array"),
    Hole("hole", "an element that is present"),
    Overflow("overflow", "an int32 result"),
    MinusZero("minus zero", "an int32 result (not -0)"),
    DivisionByZero("division by zero", "a non-zero divisor"),
    LostPrecision("lost precision", "an exact int32 result"),
    LostPrecisionOrNaN("lost precision or NaN", "a double that is an int32 exactly"),
    InsufficientTypeFeedbackForCall("Insufficient type feedback for call", "a call the interpreter had run"),
    InsufficientTypeFeedbackForBinaryOperation("Insufficient type feedback for binary operation",
            "an operation the interpreter had run"),
    InsufficientTypeFeedbackForCompareOperation("Insufficient type feedback for compare operation",
            "a compare the interpreter had run"),
    InsufficientTypeFeedbackForGenericNamedAccess("Insufficient type feedback for generic named access",
            "a property access the interpreter had run"),
    InsufficientTypeFeedbackForGenericKeyedAccess("Insufficient type feedback for generic keyed access",
            "an element access the interpreter had run"),
    /**
     * OSR code compiled for an inner loop reached the back edge of a loop around it, whose header
     * it never compiled: it hands the frame back to the interpreter there (V8's OSREarlyExit). No
     * failed bet: the code stays valid and the deopt is not counted (OsrExit).
     */
    OSREarlyExit("exit from OSR'd inner loop", "to stay in the inner loop it was compiled for"),
    ForTesting("for testing", "nothing (--deopt-every-n-times forced this deopt)"),
    /**
     * The reason of every lazy deopt (V8 prints a lazy bailout's reason as "(unknown)"; what
     * broke is in the `[marking dependent code ...]` line before it). See LazyDeoptPoint.
     */
    Unknown("(unknown)", "its compilation dependencies to hold");

    private final String v8Name;
    private final String expectation;

    DeoptReason(String v8Name, String expectation) {
        this.v8Name = v8Name;
        this.expectation = expectation;
    }

    /** V8's spelling, as --trace-deopt prints it. */
    public String v8Name() {
        return v8Name;
    }

    /** What the optimized code expected, in plain words. */
    public String expectation() {
        return expectation;
    }

}

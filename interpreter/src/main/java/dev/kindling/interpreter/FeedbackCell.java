/*
 * The holder of one function literal's FeedbackVector, shared by every closure made at one
 * CreateClosure site (V8's FeedbackCell).
 *
 * V8's design. A function literal inside `outer` can be evaluated many times — once per call
 * of `outer`, once per iteration of a loop — and each evaluation makes a new JSFunction. If
 * each of those had a feedback vector of its own, every new closure would start with cold
 * inline caches and the feedback would never settle. So V8 gives feedback a different owner:
 * `outer`'s FeedbackVector carries a "closure feedback cell array", one FeedbackCell per
 * CreateClosure site in `outer`'s bytecode (the site's index is CreateClosure's second
 * operand, `CreateClosure [k], [i], #flags`). Every closure made at site i while `outer` runs
 * with that vector is handed cell i; the cell holds the inner function's FeedbackVector, made
 * on the first call of any of those closures. All closures of the cell then share one set of
 * IC states, call targets, operation hints and one invocation count. V8 also tracks how many
 * closures a cell has been handed by switching the cell's map (no closures / one closure /
 * many closures): the optimizer may treat the function of a one-closure cell as a constant.
 *
 * Ours. The same ownership: FeedbackVector makes its cells with itself (one per closure site
 * counted by FeedbackMetadata.closureCellCount()), the CreateClosure case of the interpreter
 * loop passes `feedback.closureCell(i)` to the new JSClosure, and JSClosure.feedbackVector()
 * reads the vector through its cell. The cell's Closures marker plays the part of V8's three
 * cell maps; --print-feedback shows "closures: many" on a vector whose cell has several.
 * A closure made outside any bytecode (the script's top level, a module wrapper, a closure a
 * Java test makes with Interpreter.newClosure) has no enclosing site and gets a fresh cell of
 * its own. Class constructors and methods need no special path: ClassGenerator emits a
 * CreateClosure for each of them, so they share per site like any function literal.
 *
 * The cell also carries its function's interrupt budget (V8's FeedbackCell::interrupt_budget):
 * set when the vector is made, spent only while a compiler is given (see TieringManager).
 *
 * Assumes: a cell only ever serves closures of one SharedFunctionInfo (a site's constant).
 * Guarantees: the vector, once set, never changes, so a closure may read it at any time.
 */
package dev.kindling.interpreter;

import dev.kindling.diagnostics.FeedbackPrinter;

public final class FeedbackCell implements FeedbackPrinter.Feedback {
    /** How many closures have been made with this cell (V8's no/one/many closures cell maps). */
    public enum Closures { NONE, ONE, MANY }

    /** The feedback vector of the cell's function, or null until one of its closures is first called. */
    FeedbackVector vector;
    private Closures closures = Closures.NONE;
    private int interruptBudget;

    /** The vector, or null before the first call of any closure of this cell. */
    public FeedbackVector vector() {
        return vector;
    }

    public Closures closures() {
        return closures;
    }

    // FeedbackPrinter.Feedback: what --print-feedback and %DebugPrint read (the vector must exist).

    @Override
    public dev.kindling.bytecode.SharedFunctionInfo shared() {
        return vector.shared();
    }

    @Override
    public dev.kindling.bytecode.FeedbackMetadata metadata() {
        return vector.metadata();
    }

    @Override
    public int invocationCount() {
        return vector.invocationCount();
    }

    @Override
    public boolean manyClosures() {
        return closures == Closures.MANY;
    }

    @Override
    public Object entry(int index) {
        return vector.get(index);
    }

    /** What is left of the interrupt budget before the next tiering decision. */
    public int interruptBudget() {
        return interruptBudget;
    }

    public void setInterruptBudget(int budget) {
        this.interruptBudget = budget;
    }

    /** Called once per closure made with this cell; writes only on the two changes of state. */
    void closureCreated() {
        if (closures != Closures.MANY) {
            closures = closures == Closures.NONE ? Closures.ONE : Closures.MANY;
        }
    }
}

/*
 * The feedback store of a function (DESIGN.md stage 4): one entry per feedback slot of the
 * function's FeedbackMetadata, holding the feedback object of that slot's kind —
 * BinaryOperationFeedback, CompareOperationFeedback, CallFeedback, PropertyFeedback — plus
 * the invocation count and the tiering state. Entries are made when the vector is, so the
 * interpreter's recording is a field update, never an allocation.
 *
 * A vector belongs to a FeedbackCell, not to one closure: every closure made at one
 * CreateClosure site of one enclosing vector shares it (see FeedbackCell). The vector in turn
 * owns the cells of its own function's closure sites (V8's closure feedback cell array), and
 * knows its SharedFunctionInfo, as V8's does, so it can be printed without a closure.
 *
 * Two-entry kinds (property, global and call ICs, as in V8) use their first entry; the second
 * stays null, keeping slot numbers the same as node's.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.FeedbackMetadata;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.ic.BinaryOperationFeedback;
import dev.kindling.ic.CallFeedback;
import dev.kindling.ic.CompareOperationFeedback;
import dev.kindling.ic.PropertyFeedback;

public final class FeedbackVector {
    private final SharedFunctionInfo shared;
    private final FeedbackMetadata metadata;
    private final Object[] entries;
    /** One cell per CreateClosure site of this function, indexed by CreateClosure's second operand. */
    private final FeedbackCell[] closureCells;
    private int invocationCount;

    /** A vector for `shared` (compiling it if it has no bytecode yet). */
    public FeedbackVector(SharedFunctionInfo shared) {
        this.shared = shared;
        this.metadata = shared.bytecode().feedbackMetadata();
        this.entries = new Object[metadata.entryCount()];
        this.closureCells = new FeedbackCell[metadata.closureCellCount()];
        for (int i = 0; i < closureCells.length; i++) {
            closureCells[i] = new FeedbackCell();
        }
        for (FeedbackMetadata.Slot slot : metadata.slots()) {
            entries[slot.index()] = switch (slot.kind()) {
                case BinaryOp -> new BinaryOperationFeedback();
                case CompareOp -> new CompareOperationFeedback();
                case Call -> new CallFeedback();
                case LoadProperty, LoadKeyed, SetNamedSloppy, SetNamedStrict, DefineNamedOwn, SetKeyedSloppy,
                     SetKeyedStrict, DefineKeyedOwnPropertyInLiteral, LoadGlobalNotInsideTypeof,
                     LoadGlobalInsideTypeof, StoreGlobalSloppy, StoreGlobalStrict -> new PropertyFeedback();
                default -> null;
            };
        }
    }

    public SharedFunctionInfo shared() {
        return shared;
    }

    /** The cell every closure made at CreateClosure site `index` of this function gets. */
    public FeedbackCell closureCell(int index) {
        return closureCells[index];
    }

    public FeedbackMetadata metadata() {
        return metadata;
    }

    public Object get(int slot) {
        return entries[slot];
    }

    public BinaryOperationFeedback binaryOp(int slot) {
        return (BinaryOperationFeedback) entries[slot];
    }

    public CompareOperationFeedback compareOp(int slot) {
        return (CompareOperationFeedback) entries[slot];
    }

    public CallFeedback call(int slot) {
        return (CallFeedback) entries[slot];
    }

    public PropertyFeedback property(int slot) {
        return (PropertyFeedback) entries[slot];
    }

    public int invocationCount() {
        return invocationCount;
    }

    void countInvocation() {
        invocationCount++;
    }
}

/*
 * The per-closure feedback store (DESIGN.md stage 4): one entry per feedback slot of the
 * function's FeedbackMetadata, holding the feedback object of that slot's kind —
 * BinaryOperationFeedback, CompareOperationFeedback, CallFeedback, PropertyFeedback — plus
 * the invocation count and the tiering state. Entries are made when the vector is, so the
 * interpreter's recording is a field update, never an allocation.
 *
 * Two-entry kinds (property, global and call ICs, as in V8) use their first entry; the second
 * stays null, keeping slot numbers the same as node's.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.FeedbackMetadata;
import dev.kindling.ic.BinaryOperationFeedback;
import dev.kindling.ic.CallFeedback;
import dev.kindling.ic.CompareOperationFeedback;
import dev.kindling.ic.PropertyFeedback;

public final class FeedbackVector {
    private final FeedbackMetadata metadata;
    private final Object[] entries;
    private int invocationCount;

    public FeedbackVector(FeedbackMetadata metadata) {
        this.metadata = metadata;
        this.entries = new Object[metadata.entryCount()];
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

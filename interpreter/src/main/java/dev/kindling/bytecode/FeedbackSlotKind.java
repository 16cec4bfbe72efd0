/*
 * The kinds of feedback slot, as V8's FeedbackSlotKind (src/objects/feedback-vector.h). The
 * generator allocates one slot per feedback operand and records its kind in the function's
 * FeedbackMetadata; the interpreter's FeedbackVector is laid out from that metadata.
 *
 * Property, global and call ICs take two vector entries in V8 (feedback and extra feedback);
 * we keep that numbering so slot indices read the same as node's.
 */
package dev.kindling.bytecode;

public enum FeedbackSlotKind {
    LoadProperty(2),
    LoadKeyed(2),
    LoadGlobalNotInsideTypeof(2),
    LoadGlobalInsideTypeof(2),
    SetNamedSloppy(2),
    SetNamedStrict(2),
    DefineNamedOwn(2),
    SetKeyedSloppy(2),
    SetKeyedStrict(2),
    DefineKeyedOwnPropertyInLiteral(2),
    StoreGlobalSloppy(2),
    StoreGlobalStrict(2),
    Call(2),
    BinaryOp(1),
    CompareOp(1),
    InstanceOf(1),
    Literal(1),
    ForIn(1),
    TypeOf(1),
    JumpLoop(1);

    private final int entryCount;

    FeedbackSlotKind(int entryCount) {
        this.entryCount = entryCount;
    }

    /** How many vector entries a slot of this kind takes. */
    public int entryCount() {
        return entryCount;
    }
}

/*
 * The feedback layout of one function: which slot index holds which kind of feedback. Built
 * by the generator alongside the bytecode; immutable afterwards.
 */
package dev.kindling.bytecode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public final class FeedbackMetadata {
    /** A slot: its first vector index and kind. */
    public record Slot(int index, FeedbackSlotKind kind) {}

    private final List<Slot> slots;
    private final int entryCount;
    private final int closureCellCount;

    private FeedbackMetadata(List<Slot> slots, int entryCount, int closureCellCount) {
        this.slots = Collections.unmodifiableList(slots);
        this.entryCount = entryCount;
        this.closureCellCount = closureCellCount;
    }

    public List<Slot> slots() {
        return slots;
    }

    /** Number of vector entries (two-entry kinds count twice). */
    public int entryCount() {
        return entryCount;
    }

    /** Number of closure feedback cells (CreateClosure's second operand). */
    public int closureCellCount() {
        return closureCellCount;
    }

    /** Allocates slots in order; used by the generator. */
    public static final class Builder {
        private final List<Slot> slots = new ArrayList<>();
        private int next;
        private int closureCells;

        public int addSlot(FeedbackSlotKind kind) {
            int index = next;
            slots.add(new Slot(index, kind));
            next += kind.entryCount();
            return index;
        }

        public int addClosureCell() {
            return closureCells++;
        }

        public FeedbackMetadata build() {
            return new FeedbackMetadata(new ArrayList<>(slots), next, closureCells);
        }
    }
}

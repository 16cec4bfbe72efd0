/*
 * Type feedback of a comparison bytecode (TestEqual, TestLessThan, ...), as V8's
 * CompareOperationFeedback (src/objects/type-hints.h), on the part of the lattice the subset
 * needs:
 *
 *     None → SignedSmall → Number → NumberOrOddball → Any
 *            String ─────────────────────────────────→ Any
 *            Receiver ───────────────────────────────→ Any
 *
 * A bit set that only grows; the hint is the least element covering it.
 */
package dev.kindling.ic;

import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;

public final class CompareOperationFeedback {
    public enum Hint { None, SignedSmall, Number, NumberOrOddball, String, Receiver, Any }

    // The numeric bits are BinaryOperationFeedback's, so both lattices share their numeric part.
    static final int SIGNED_SMALL = BinaryOperationFeedback.SIGNED_SMALL;
    static final int NUMBER = BinaryOperationFeedback.NUMBER;
    static final int NUMBER_OR_ODDBALL = BinaryOperationFeedback.NUMBER_OR_ODDBALL;
    static final int STRING = BinaryOperationFeedback.STRING;
    static final int RECEIVER = 1 << 4;
    static final int ANY = BinaryOperationFeedback.ANY;

    private int bits;

    public Hint hint() {
        return switch (BinaryOperationFeedback.numericLevel(bits)) {
            case 0 -> Hint.None;
            case 1 -> Hint.SignedSmall;
            case 2 -> Hint.Number;
            case 3 -> Hint.NumberOrOddball;
            default -> bits == STRING ? Hint.String : bits == RECEIVER ? Hint.Receiver : Hint.Any;
        };
    }

    public void record(Object left, Object right) {
        bits |= kind(left) == kind(right) ? classify(left) | classify(right) : ANY;
    }

    /** Records a comparison of two Smis (the interpreter's fast path). */
    public void recordSignedSmall() {
        bits |= SIGNED_SMALL;
    }

    /** Records a comparison of two numbers, not both Smis (the interpreter's double path). */
    public void recordNumber() {
        bits |= NUMBER;
    }

    private static int kind(Object v) {
        if (v instanceof Integer || v instanceof Double || v instanceof Boolean || v instanceof Oddball) {
            return 0;
        }
        if (v instanceof String) {
            return 1;
        }
        return v instanceof JSObject ? 2 : 3;
    }

    private static int classify(Object v) {
        if (v instanceof Integer) {
            return SIGNED_SMALL;
        }
        if (v instanceof Double) {
            return NUMBER;
        }
        if (v instanceof Boolean || v instanceof Oddball) {
            return NUMBER_OR_ODDBALL;
        }
        if (v instanceof String) {
            return STRING;
        }
        if (v instanceof JSObject) {
            return RECEIVER;
        }
        return ANY;
    }

    @Override
    public String toString() {
        return hint().name();
    }
}

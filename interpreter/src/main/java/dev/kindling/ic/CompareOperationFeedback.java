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

    static final int SIGNED_SMALL = 1;
    static final int NUMBER = 1 << 1 | SIGNED_SMALL;
    static final int NUMBER_OR_ODDBALL = 1 << 2 | NUMBER;
    static final int STRING = 1 << 3;
    static final int RECEIVER = 1 << 4;
    static final int ANY = 0xFF;

    private int bits;

    public Hint hint() {
        if (bits == 0) {
            return Hint.None;
        }
        if ((bits | SIGNED_SMALL) == SIGNED_SMALL) {
            return Hint.SignedSmall;
        }
        if ((bits | NUMBER) == NUMBER) {
            return Hint.Number;
        }
        if ((bits | NUMBER_OR_ODDBALL) == NUMBER_OR_ODDBALL) {
            return Hint.NumberOrOddball;
        }
        if (bits == STRING) {
            return Hint.String;
        }
        if (bits == RECEIVER) {
            return Hint.Receiver;
        }
        return Hint.Any;
    }

    public void record(Object left, Object right) {
        bits |= kind(left) == kind(right) ? classify(left) | classify(right) : ANY;
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

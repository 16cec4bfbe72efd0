/*
 * Type feedback of an arithmetic or bitwise bytecode (Add, SubSmi, Inc, BitwiseAnd, ...): which
 * kinds of operand it has seen, as V8's BinaryOperationFeedback lattice
 * (src/objects/type-hints.h):
 *
 *     None → SignedSmall → Number → NumberOrOddball → Any
 *                                   String ──────────→ Any
 *
 * Kept as V8 keeps it, a bit set that only grows (bitwise OR of the bits each execution
 * contributes); the hint a reader or the optimizing compiler uses is the least element of the
 * lattice that covers the bits. SignedSmall means: both inputs and the result were int32
 * (Smi) — an overflow to double records Number.
 */
package dev.kindling.ic;

import dev.kindling.runtime.Oddball;

public final class BinaryOperationFeedback {
    public enum Hint { None, SignedSmall, Number, NumberOrOddball, String, Any }

    static final int SIGNED_SMALL = 1;
    static final int NUMBER = 1 << 1 | SIGNED_SMALL;
    static final int NUMBER_OR_ODDBALL = 1 << 2 | NUMBER;
    static final int STRING = 1 << 3;
    static final int ANY = 0xFF;

    private int bits;

    public Hint hint() {
        return hint(bits);
    }

    static Hint hint(int bits) {
        return switch (numericLevel(bits)) {
            case 0 -> Hint.None;
            case 1 -> Hint.SignedSmall;
            case 2 -> Hint.Number;
            case 3 -> Hint.NumberOrOddball;
            default -> bits == STRING ? Hint.String : Hint.Any;
        };
    }

    /**
     * Where feedback bits sit on the numeric part of the lattice, which binary and compare
     * feedback share: 0 none, 1 SignedSmall, 2 Number, 3 NumberOrOddball, -1 beyond it.
     */
    static int numericLevel(int bits) {
        if (bits == 0) {
            return 0;
        }
        if ((bits | SIGNED_SMALL) == SIGNED_SMALL) {
            return 1;
        }
        if ((bits | NUMBER) == NUMBER) {
            return 2;
        }
        return (bits | NUMBER_OR_ODDBALL) == NUMBER_OR_ODDBALL ? 3 : -1;
    }

    /** Records one execution with operands `left`, `right` (null for unary) and its `result`. */
    public void record(Object left, Object right, Object result) {
        int kind = classify(left, right, result);
        bits |= kind;
    }

    /** Records an execution whose inputs and result were all Smis (the interpreter's fast path). */
    public void recordSignedSmall() {
        bits |= SIGNED_SMALL;
    }

    /** Records an execution on numbers that was not all Smis (the interpreter's double path). */
    public void recordNumber() {
        bits |= NUMBER;
    }

    private static int classify(Object left, Object right, Object result) {
        if (left instanceof Integer && (right == null || right instanceof Integer) && result instanceof Integer) {
            return SIGNED_SMALL;
        }
        if (isNumber(left) && (right == null || isNumber(right))) {
            return NUMBER;
        }
        if (isNumberOrOddball(left) && (right == null || isNumberOrOddball(right))) {
            return NUMBER_OR_ODDBALL;
        }
        if (left instanceof java.lang.String && right instanceof java.lang.String) {
            return STRING;
        }
        return ANY;
    }

    private static boolean isNumber(Object v) {
        return v instanceof Integer || v instanceof Double;
    }

    private static boolean isNumberOrOddball(Object v) {
        return isNumber(v) || v instanceof Boolean || v instanceof Oddball;
    }

    @Override
    public String toString() {
        return hint().name();
    }
}

/*
 * Elements kinds (V8's ElementsKind, src/objects/elements-kind.h): what an array's elements
 * are known to be, which decides how they are stored — int32 Smis in an int[], doubles in a
 * double[], anything in an Object[] — and whether the store may contain holes.
 *
 *     PACKED_SMI ──→ PACKED_DOUBLE ──→ PACKED
 *         │               │              │
 *     HOLEY_SMI ──→  HOLEY_DOUBLE ──→  HOLEY ──→ DICTIONARY
 *
 * An array only ever moves down and right in this lattice (transitions generalize, never
 * specialize), so the kind an inline cache or the optimizing compiler saw stays a sound
 * description until the array's kind changes again — which it can observe by comparing kinds.
 */
package dev.kindling.runtime;

public enum ElementsKind {
    PACKED_SMI_ELEMENTS, HOLEY_SMI_ELEMENTS, PACKED_DOUBLE_ELEMENTS, HOLEY_DOUBLE_ELEMENTS,
    PACKED_ELEMENTS, HOLEY_ELEMENTS, DICTIONARY_ELEMENTS;

    public boolean isSmi() {
        return this == PACKED_SMI_ELEMENTS || this == HOLEY_SMI_ELEMENTS;
    }

    public boolean isDouble() {
        return this == PACKED_DOUBLE_ELEMENTS || this == HOLEY_DOUBLE_ELEMENTS;
    }

    public boolean isObject() {
        return this == PACKED_ELEMENTS || this == HOLEY_ELEMENTS;
    }

    public boolean isHoley() {
        return this == HOLEY_SMI_ELEMENTS || this == HOLEY_DOUBLE_ELEMENTS || this == HOLEY_ELEMENTS
                || this == DICTIONARY_ELEMENTS;
    }

    /** The holey twin of a packed kind (itself if already holey). */
    public ElementsKind toHoley() {
        return switch (this) {
            case PACKED_SMI_ELEMENTS -> HOLEY_SMI_ELEMENTS;
            case PACKED_DOUBLE_ELEMENTS -> HOLEY_DOUBLE_ELEMENTS;
            case PACKED_ELEMENTS -> HOLEY_ELEMENTS;
            default -> this;
        };
    }

    /** The packed twin of a holey kind (itself if already packed; DICTIONARY has none and stays). */
    public ElementsKind toPacked() {
        return switch (this) {
            case HOLEY_SMI_ELEMENTS -> PACKED_SMI_ELEMENTS;
            case HOLEY_DOUBLE_ELEMENTS -> PACKED_DOUBLE_ELEMENTS;
            case HOLEY_ELEMENTS -> PACKED_ELEMENTS;
            default -> this;
        };
    }

    /** The least kind at least as general as both (the lattice join). */
    public ElementsKind join(ElementsKind other) {
        if (this == DICTIONARY_ELEMENTS || other == DICTIONARY_ELEMENTS) {
            return DICTIONARY_ELEMENTS;
        }
        boolean holey = isHoley() || other.isHoley();
        int generality = Math.max(generality(), other.generality());
        ElementsKind packed = generality == 0 ? PACKED_SMI_ELEMENTS : generality == 1 ? PACKED_DOUBLE_ELEMENTS : PACKED_ELEMENTS;
        return holey ? packed.toHoley() : packed;
    }

    private int generality() {
        return isSmi() ? 0 : isDouble() ? 1 : 2;
    }

    /** True if moving from this kind to `to` is a generalization (or no change). */
    public boolean canTransitionTo(ElementsKind to) {
        return join(to) == to;
    }

    /** The kind a single value needs: SMI for int32, DOUBLE for other numbers, else any. */
    public static ElementsKind forValue(Object value) {
        if (value instanceof Integer) {
            return PACKED_SMI_ELEMENTS;
        }
        if (value instanceof Double) {
            return PACKED_DOUBLE_ELEMENTS;
        }
        return value == Oddball.THE_HOLE ? HOLEY_SMI_ELEMENTS : PACKED_ELEMENTS;
    }
}

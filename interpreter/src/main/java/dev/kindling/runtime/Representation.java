/*
 * A field's representation (V8's Representation, src/objects/property-details.h): what kind of
 * value a field of a shape has held so far, over every object of that shape and of the shapes
 * below it in the transition tree. A lattice, and a field only ever moves up it:
 *
 *     None  →  Smi  →  Double  →  Tagged
 *
 * None: no value stored yet; Smi: only int32 values (Integer, the engine's Smis); Double: only
 * numbers (a Smi joins a Double field as the number it is); Tagged: anything. V8 also has
 * HeapObject (only non-Smi objects) between None and Tagged beside Double; Kindling's tier has
 * no use for it (it would let a load skip a Smi check no one makes), so it is left out.
 *
 * Unlike V8, a Double field keeps its values as the engine's numbers (an Integer or a Double),
 * not in a box of its own: a value is a fact ICs trust by its Java type (DESIGN.md, Values), so
 * a store never converts. Optimized code reads such a field as a float64 without a check.
 *
 * Guarantees: join is the least upper bound; fits(v) is true exactly when join(of(v)) is this.
 */
package dev.kindling.runtime;

public enum Representation {
    NONE("None"),
    SMI("Smi"),
    DOUBLE("Double"),
    TAGGED("Tagged");

    private final String v8Name;

    Representation(String v8Name) {
        this.v8Name = v8Name;
    }

    /** V8's name (Representation::Mnemonic is its first letter: v for None), as %DebugPrint prints it. */
    public String v8Name() {
        return v8Name;
    }

    /** The narrowest representation that holds `value`. */
    public static Representation of(Object value) {
        return value instanceof Integer ? SMI : value instanceof Double ? DOUBLE : TAGGED;
    }

    /** Whether a field of this representation can take `value` as it is. */
    public boolean fits(Object value) {
        return switch (this) {
            case TAGGED -> true;
            case DOUBLE -> value instanceof Integer || value instanceof Double;
            case SMI -> value instanceof Integer;
            case NONE -> false;
        };
    }

    /** The least representation above both (the lattice is a chain, so the higher one). */
    public Representation join(Representation other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Whether every value a field of representation `other` holds, this one holds too. */
    public boolean includes(Representation other) {
        return ordinal() >= other.ordinal();
    }
}

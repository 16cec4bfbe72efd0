/*
 * An immutable set of register-file indexes (BytecodeArray.registerIndex: 0 = <this>, then
 * the parameters, then r0, r1, ...): the registers live at an offset, or assigned in a loop.
 */
package dev.kindling.bytecode.analysis;

import java.util.BitSet;

public final class RegisterSet {
    private final BitSet bits;

    RegisterSet(BitSet bits) {
        this.bits = (BitSet) bits.clone();
    }

    public boolean contains(int registerIndex) {
        return bits.get(registerIndex);
    }

    /** The indexes in increasing order (a fresh array). */
    public int[] indexes() {
        return bits.stream().toArray();
    }

    public int size() {
        return bits.cardinality();
    }

    public boolean isEmpty() {
        return bits.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegisterSet s && bits.equals(s.bits);
    }

    @Override
    public int hashCode() {
        return bits.hashCode();
    }

    @Override
    public String toString() {
        return bits.toString();
    }
}

/*
 * The states of an inline cache, with the letters V8's --trace-ic prints for them
 * (src/ic/ic.cc, TransitionMarkFromState): no feedback yet, one shape, a few shapes (at most
 * PropertyFeedback.MAX_POLYMORPHISM), too many shapes to list.
 */
package dev.kindling.ic;

public enum IcState {
    UNINITIALIZED('0'), MONOMORPHIC('1'), POLYMORPHIC('P'), MEGAMORPHIC('N');

    private final char letter;

    IcState(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }
}

/*
 * CheckValue (Maglev's CheckValue): deoptimizes unless its input is the very value the node
 * holds — a call's monomorphic target, "wrong call target" (or another reason the builder
 * gives).
 */
package dev.kindling.optimizer.ir;

public final class CheckValue extends Node {
    private final Object expected;

    public CheckValue(Node value, Object expected) {
        super(Opcode.CheckValue, value);
        this.expected = expected;
    }

    public Object expected() {
        return expected;
    }

    /** `<JSFunction inc>` for a function (by name: no identity hash, so dumps are stable), else the value. */
    @Override
    public String details() {
        if (expected instanceof dev.kindling.runtime.JSFunction f) {
            return "<JSFunction " + (f.debugName().isEmpty() ? "<anonymous>" : f.debugName()) + ">";
        }
        return "<" + expected + ">";
    }
}

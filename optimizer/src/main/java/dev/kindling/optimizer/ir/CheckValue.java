/*
 * CheckValue (Maglev's CheckValue): deoptimizes unless its input is the very value the node
 * holds — a call's monomorphic target, "wrong call target", or another speculated constant,
 * "wrong value". CheckValueEqualsString (Maglev's): unless its input is a string equal to the
 * node's, "wrong value" (two equal strings need not be one object).
 */
package dev.kindling.optimizer.ir;

public final class CheckValue extends Node {
    private final Object expected;

    public CheckValue(Node value, Object expected) {
        this(Opcode.CheckValue, value, expected);
    }

    /** A CheckValueEqualsString of `value` against the string `expected`. */
    public static CheckValue equalsString(Node value, String expected) {
        return new CheckValue(Opcode.CheckValueEqualsString, value, expected);
    }

    private CheckValue(Opcode opcode, Node value, Object expected) {
        super(opcode, value);
        this.expected = expected;
    }

    public Object expected() {
        return expected;
    }

    /** `<JSFunction inc>` for a function (by name: no identity hash, so dumps are stable), else the value. */
    @Override
    public String details() {
        return describe(expected);
    }

    /** How dumps show a speculated constant (CallKnownJSFunction's target too): a function by its name, a string quoted. */
    static String describe(Object expected) {
        if (expected instanceof dev.kindling.runtime.JSFunction f) {
            return "<JSFunction " + (f.debugName().isEmpty() ? "<anonymous>" : f.debugName()) + ">";
        }
        return expected instanceof String s ? "\"" + s + "\"" : "<" + expected + ">";
    }
}

/*
 * Constants: a tagged JS value (Constant: undefined, null, true, false, the hole, a string, a
 * boxed number, a function...), an untagged int32 (Int32Constant) or float64 (Float64Constant).
 * The code generator loads small ones with JVM constant instructions and others from the
 * generated class's constant table (class data).
 */
package dev.kindling.optimizer.ir;

import dev.kindling.runtime.Oddball;

public final class Constant extends Node {
    private final Object value;

    private Constant(Opcode opcode, Object value) {
        super(opcode);
        this.value = value;
    }

    public static Constant tagged(Object value) {
        return new Constant(Opcode.Constant, value);
    }

    public static Constant int32(int value) {
        return new Constant(Opcode.Int32Constant, value);
    }

    public static Constant float64(double value) {
        return new Constant(Opcode.Float64Constant, value);
    }

    /** The value: any JS value for Constant, an Integer for Int32Constant, a Double for Float64Constant. */
    public Object value() {
        return value;
    }

    public int int32Value() {
        return (Integer) value;
    }

    public double float64Value() {
        return (Double) value;
    }

    @Override
    public String details() {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof Oddball || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        // null: the context of a function that has none (an inlined callee's, made a constant)
        return value == null ? "<no context>" : "<" + value.getClass().getSimpleName() + ">";
    }
}

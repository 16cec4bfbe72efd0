/*
 * Float64 arithmetic (Maglev's Float64Add family): double inputs, a double result, never a
 * deopt — IEEE 754 doubles are JS numbers. Float64Modulus is JS's %, which is Java's % on
 * doubles (both truncate toward zero and keep the dividend's sign).
 *
 * Float64RoundDown ... Float64Min are the Math builtins the graph builder reduces (see
 * graph/BuiltinReducers.java), with Java's Math methods' semantics, which are JS's.
 *
 * fold(): constants fold.
 */
package dev.kindling.optimizer.ir;

public final class Float64Operation extends Node {
    public Float64Operation(Opcode opcode, Node... inputs) {
        super(opcode, inputs);
    }

    @Override
    public Node fold() {
        for (Node in : inputs()) {
            if (in.opcode() != Opcode.Float64Constant) {
                return this;
            }
        }
        double a = ((Constant) input(0)).float64Value();
        double b = inputCount() > 1 ? ((Constant) input(1)).float64Value() : 0;
        double r = switch (opcode()) {
            case Float64Add -> a + b;
            case Float64Subtract -> a - b;
            case Float64Multiply -> a * b;
            case Float64Divide -> a / b;
            case Float64Modulus -> a % b;
            case Float64Negate -> -a;
            case Float64RoundDown -> Math.floor(a);
            case Float64RoundUp -> Math.ceil(a);
            case Float64Sqrt -> Math.sqrt(a);
            case Float64Abs -> Math.abs(a);
            case Float64Max -> Math.max(a, b);
            case Float64Min -> Math.min(a, b);
            default -> throw new IllegalStateException(opcode().name());
        };
        return Constant.float64(r);
    }
}

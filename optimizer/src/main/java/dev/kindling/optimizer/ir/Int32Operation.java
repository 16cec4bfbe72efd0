/*
 * Int32 arithmetic and bitwise operations (Maglev's Int32AddWithOverflow family and
 * Int32BitwiseAnd family): int inputs, an int result. The ...WithOverflow kinds are checks:
 * they deoptimize when the JS result is not an int32 (overflow; −0 for a multiply, divide or
 * modulus whose JS result is negative zero; a division by zero; a division with a remainder,
 * "lost precision"). The code generator emits those tests; the exact conditions are in
 * dev.kindling.backend's arithmetic code and pinned by its tests.
 *
 * fold(): an operation on two constants whose JS result is an int32 is that constant (so a
 * fold never removes a deopt that would have happened).
 */
package dev.kindling.optimizer.ir;

public final class Int32Operation extends Node {
    public Int32Operation(Opcode opcode, Node... inputs) {
        super(opcode, inputs);
    }

    @Override
    public Node fold() {
        for (Node in : inputs()) {
            if (in.opcode() != Opcode.Int32Constant) {
                return this;
            }
        }
        long a = ((Constant) input(0)).int32Value();
        long b = inputCount() > 1 ? ((Constant) input(1)).int32Value() : 0;
        Long r = switch (opcode()) {
            case Int32AddWithOverflow -> a + b;
            case Int32SubtractWithOverflow -> a - b;
            case Int32MultiplyWithOverflow -> a * b == 0 && (a < 0 || b < 0) ? null : a * b;
            case Int32DivideWithOverflow -> b == 0 || a % b != 0 || (a == 0 && b < 0) ? null : a / b;
            case Int32ModulusWithOverflow -> b == 0 || (a < 0 && a % b == 0) ? null : a % b;
            case Int32IncrementWithOverflow -> a + 1;
            case Int32DecrementWithOverflow -> a - 1;
            case Int32NegateWithOverflow -> a == 0 ? null : -a;
            case Int32BitwiseAnd -> a & b;
            case Int32BitwiseOr -> a | b;
            case Int32BitwiseXor -> a ^ b;
            case Int32BitwiseNot -> ~a;
            case Int32ShiftLeft -> (long) ((int) a << (b & 31));
            case Int32ShiftRight -> (long) ((int) a >> (b & 31));
            default -> null; // ShiftRightLogical's bits are not its JS value
        };
        if (r == null || r != (int) (long) r) {
            return this;
        }
        return Constant.int32((int) (long) r);
    }
}

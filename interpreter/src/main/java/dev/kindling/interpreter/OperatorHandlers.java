/*
 * The handlers of the operator bytecode families — binary (Add … ShiftRightLogical and their
 * Smi forms), unary (Inc, Dec, Negate, BitwiseNot, ToNumeric) and compare (TestEqual …
 * TestGreaterThanOrEqual) — each with its fast path and its slow path side by side, as
 * Ignition's handlers have them (V8's BinaryOpAssembler: a Smi fast path, then the generic
 * stub).
 *
 * The fast path: both operands Integer (Smi) and an int32 result: int arithmetic, feedback
 * SignedSmall, the result boxed through Numbers.smi. Everything else takes the slow path: the
 * operation from Operators (always correct on its own) and the full feedback classification.
 * The two paths record the same feedback and return the same value for every input; the
 * fast path is only cheaper.
 *
 * Why here and not in the loop: the JIT inlines into Interpreter.run only up to a budget of
 * bytecode (see Interpreter's header), so one small case per family calling a handler keeps
 * the loop inside it; these handlers are small enough to be inlined where they are hot.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.Opcodes;
import dev.kindling.ic.BinaryOperationFeedback;
import dev.kindling.ic.CompareOperationFeedback;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Operators;

final class OperatorHandlers {
    private OperatorHandlers() {
    }

    /** `left op right` for a binary bytecode with a register operand (Add …). */
    static Object binary(int op, Object left, Object right, BinaryOperationFeedback feedback) {
        if (left instanceof Integer a && right instanceof Integer b) {
            long r = smiBinary(op, a, b);
            if ((int) r == r) {
                feedback.recordSignedSmall();
                return Numbers.smi((int) r);
            }
        }
        return numberOrGeneric(op, left, right, feedback);
    }

    /**
     * The second fast path: both operands numbers (a Double, or Smis the first path did not
     * finish) and an arithmetic operator: double arithmetic, and the feedback classify would
     * record (Number, or SignedSmall when Smis gave a Smi, as 6 / 3 does). Keeps Operators' coercions out of numeric code, so the JIT does
     * not inline them into the loop; everything else is generic.
     */
    private static Object numberOrGeneric(int op, Object left, Object right, BinaryOperationFeedback feedback) {
        if (Numbers.isNumber(left) && Numbers.isNumber(right)) {
            double x = Numbers.doubleValue(left);
            double y = Numbers.doubleValue(right);
            double r;
            switch (op) {
                case Opcodes.Add, Opcodes.AddSmi -> r = x + y;
                case Opcodes.Sub, Opcodes.SubSmi -> r = x - y;
                case Opcodes.Mul, Opcodes.MulSmi -> r = x * y;
                case Opcodes.Div, Opcodes.DivSmi -> r = x / y;
                case Opcodes.Mod, Opcodes.ModSmi -> r = x % y; // Java's % on doubles is IEEE fmod, as JS's
                default -> {
                    return generic(op, left, right, feedback);
                }
            }
            Object result = Numbers.normalize(r);
            if (left instanceof Integer && right instanceof Integer && result instanceof Integer) {
                feedback.recordSignedSmall(); // Div and Mod of Smis with a Smi result
            } else {
                feedback.recordNumber();
            }
            return result;
        }
        return generic(op, left, right, feedback);
    }

    private static Object generic(int op, Object left, Object right, BinaryOperationFeedback feedback) {
        Object result = genericBinary(op, left, right);
        feedback.record(left, right, result);
        return result;
    }

    /** `left op imm` for the Smi forms (AddSmi …): the immediate needs no box on the fast path. */
    static Object binarySmi(int op, Object left, int imm, BinaryOperationFeedback feedback) {
        if (left instanceof Integer a) {
            long r = smiBinary(op, a, imm);
            if ((int) r == r) {
                feedback.recordSignedSmall();
                return Numbers.smi((int) r);
            }
        }
        return numberOrGeneric(op, left, Numbers.smi(imm), feedback);
    }

    /** Marks a result with no int32 value (the operation must take the slow path). */
    private static final long NOT_SMI = Long.MIN_VALUE;

    /** The result of a binary operation on two int32 values, or NOT_SMI if it is no int32. */
    private static long smiBinary(int op, int x, int y) {
        return switch (op) {
            case Opcodes.Add, Opcodes.AddSmi -> (long) x + y;
            case Opcodes.Sub, Opcodes.SubSmi -> (long) x - y;
            // 0 * -1 is -0, not an int32.
            case Opcodes.Mul, Opcodes.MulSmi -> (x == 0 || y == 0) && (x | y) < 0 ? NOT_SMI : (long) x * y;
            case Opcodes.BitwiseOr, Opcodes.BitwiseOrSmi -> x | y;
            case Opcodes.BitwiseAnd, Opcodes.BitwiseAndSmi -> x & y;
            case Opcodes.BitwiseXor, Opcodes.BitwiseXorSmi -> x ^ y;
            case Opcodes.ShiftLeft, Opcodes.ShiftLeftSmi -> x << (y & 31);
            case Opcodes.ShiftRight, Opcodes.ShiftRightSmi -> x >> (y & 31);
            case Opcodes.ShiftRightLogical, Opcodes.ShiftRightLogicalSmi -> (x & 0xFFFFFFFFL) >>> (y & 31);
            default -> NOT_SMI; // Div, Mod, Exp: their int cases are in Operators
        };
    }

    /** `left op right` by Operators, no feedback: the slow path, and what optimized code's generic nodes run. */
    static Object genericBinary(int op, Object left, Object right) {
        return switch (op) {
            case Opcodes.Add, Opcodes.AddSmi -> Operators.add(left, right);
            case Opcodes.Sub, Opcodes.SubSmi -> Operators.subtract(left, right);
            case Opcodes.Mul, Opcodes.MulSmi -> Operators.multiply(left, right);
            case Opcodes.Div, Opcodes.DivSmi -> Operators.divide(left, right);
            case Opcodes.Mod, Opcodes.ModSmi -> Operators.modulus(left, right);
            case Opcodes.Exp, Opcodes.ExpSmi -> Operators.exponentiate(left, right);
            case Opcodes.BitwiseOr, Opcodes.BitwiseOrSmi -> Operators.bitwiseOr(left, right);
            case Opcodes.BitwiseAnd, Opcodes.BitwiseAndSmi -> Operators.bitwiseAnd(left, right);
            case Opcodes.BitwiseXor, Opcodes.BitwiseXorSmi -> Operators.bitwiseXor(left, right);
            case Opcodes.ShiftLeft, Opcodes.ShiftLeftSmi -> Operators.shiftLeft(left, right);
            case Opcodes.ShiftRight, Opcodes.ShiftRightSmi -> Operators.shiftRight(left, right);
            case Opcodes.ShiftRightLogical, Opcodes.ShiftRightLogicalSmi -> Operators.shiftRightLogical(left, right);
            default -> throw new IllegalStateException("not a binary operator: " + Bytecode.fromByte(op));
        };
    }

    /** `op value` for Inc, Dec, Negate, BitwiseNot and ToNumeric. */
    static Object unary(int op, Object value, BinaryOperationFeedback feedback) {
        if (value instanceof Integer a) {
            long r = smiUnary(op, a);
            if ((int) r == r) {
                feedback.recordSignedSmall();
                return Numbers.smi((int) r);
            }
        }
        Object result = genericUnary(op, value);
        feedback.record(value, null, result);
        return result;
    }

    /** `op value` by Operators, no feedback (unary()'s slow path, and optimized code's generic node). */
    static Object genericUnary(int op, Object value) {
        return switch (op) {
            case Opcodes.Inc -> Operators.increment(value);
            case Opcodes.Dec -> Operators.decrement(value);
            case Opcodes.Negate -> Operators.negate(value);
            case Opcodes.BitwiseNot -> Operators.bitwiseNot(value);
            case Opcodes.ToNumeric -> Conversions.toNumberValue(value);
            default -> throw new IllegalStateException("not a unary operator: " + Bytecode.fromByte(op));
        };
    }

    private static long smiUnary(int op, int x) {
        return switch (op) {
            case Opcodes.Inc -> (long) x + 1;
            case Opcodes.Dec -> (long) x - 1;
            case Opcodes.Negate -> x == 0 ? NOT_SMI : -(long) x; // -0 is no int32
            case Opcodes.BitwiseNot -> ~x;
            case Opcodes.ToNumeric -> x;
            default -> NOT_SMI;
        };
    }

    /** `left op right` for the compare bytecodes TestEqual … TestGreaterThanOrEqual. */
    static Boolean compare(int op, Object left, Object right, CompareOperationFeedback feedback) {
        if (left instanceof Integer a && right instanceof Integer b) {
            feedback.recordSignedSmall();
            int x = a;
            int y = b;
            boolean r = switch (op) {
                case Opcodes.TestEqual, Opcodes.TestEqualStrict -> x == y;
                case Opcodes.TestLessThan -> x < y;
                case Opcodes.TestGreaterThan -> x > y;
                case Opcodes.TestLessThanOrEqual -> x <= y;
                case Opcodes.TestGreaterThanOrEqual -> x >= y;
                default -> throw new IllegalStateException("not a compare operator: " + Bytecode.fromByte(op));
            };
            return r ? Boolean.TRUE : Boolean.FALSE;
        }
        return numberOrGenericCompare(op, left, right, feedback);
    }

    /** compare() past its Smi path; apart so compare() stays small enough to inline. */
    private static Boolean numberOrGenericCompare(int op, Object left, Object right,
                                                  CompareOperationFeedback feedback) {
        if (Numbers.isNumber(left) && Numbers.isNumber(right)) {
            // Numbers compare as doubles (NaN unordered and unequal, -0 equal to 0, as in JS);
            // the feedback is Number, what record() gives any two numbers not both Smis.
            feedback.recordNumber();
            double x = Numbers.doubleValue(left);
            double y = Numbers.doubleValue(right);
            boolean r = switch (op) {
                case Opcodes.TestEqual, Opcodes.TestEqualStrict -> x == y;
                case Opcodes.TestLessThan -> x < y;
                case Opcodes.TestGreaterThan -> x > y;
                case Opcodes.TestLessThanOrEqual -> x <= y;
                case Opcodes.TestGreaterThanOrEqual -> x >= y;
                default -> throw new IllegalStateException("not a compare operator: " + Bytecode.fromByte(op));
            };
            return r ? Boolean.TRUE : Boolean.FALSE;
        }
        feedback.record(left, right);
        return genericCompare(op, left, right) ? Boolean.TRUE : Boolean.FALSE;
    }

    static boolean genericCompare(int op, Object left, Object right) {
        return switch (op) {
            case Opcodes.TestEqual -> Operators.looseEquals(left, right);
            case Opcodes.TestEqualStrict -> Operators.strictEquals(left, right);
            case Opcodes.TestLessThan -> Operators.lessThan(left, right);
            case Opcodes.TestGreaterThan -> Operators.greaterThan(left, right);
            case Opcodes.TestLessThanOrEqual -> Operators.lessThanOrEqual(left, right);
            case Opcodes.TestGreaterThanOrEqual -> Operators.greaterThanOrEqual(left, right);
            default -> throw new IllegalStateException("not a compare operator: " + Bytecode.fromByte(op));
        };
    }
}

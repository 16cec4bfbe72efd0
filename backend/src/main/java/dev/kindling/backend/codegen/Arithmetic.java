/*
 * The JVM code of the IR's untagged families: representation changes, int32 and float64
 * arithmetic, compares. Each leaves its value on the operand stack (CodeGenerator stores it).
 *
 * CheckNumber is two instanceofs (Integer, Double: the only numbers, DESIGN.md's Values).
 * CheckedTruncateFloat64ToInt32 is d2i and a round trip back to double (below).
 *
 * Strings: CheckString is an instanceof; StringConcat is String.concat, as Operators.add does for
 * two strings; String compares are equals and compareTo (UTF-16 code-unit order, JS's).
 *
 * The int32 checks, exactly (JS semantics on int32 inputs a, b; r the JVM result):
 *   Add       overflow      when ((a ^ r) & (b ^ r)) < 0 (both inputs' signs differ from r's)
 *   Subtract  overflow      when ((a ^ b) & (a ^ r)) < 0
 *   Multiply  overflow      when the long product is not an int; minus zero when r == 0 and a or b < 0
 *   Divide    division by zero (b == 0); minus zero (a == 0, b < 0); overflow (MIN / -1);
 *             lost precision (a % b != 0): the JS result is then no int32
 *   Modulus   division by zero (b == 0, JS gives NaN); minus zero (r == 0, a < 0). The JVM's
 *             irem has the dividend's sign, as JS's %, and MIN % -1 is 0 there, no trap
 *   Increment / Decrement overflow at MAX / MIN; Negate minus zero for 0, overflow for MIN
 * Shifts mask their count to 5 bits in the JVM as in JS (ECMA-262 §13.9). Float64 compares
 * with NaN are false: dcmpg before < and <=, dcmpl before > and >=, so NaN falls on the false
 * side. Float64Modulus is drem, which is fmod as JS's % is.
 */
package dev.kindling.backend.codegen;

import dev.kindling.optimizer.ir.DeoptReason;
import dev.kindling.optimizer.ir.Node;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.*;

final class Arithmetic {
    private Arithmetic() {
    }

    /** A check that passes its tagged input through if it is an instance of one of `types`. */
    private static void passIfInstance(CodeGenerator g, MethodVisitor mv, Node n, DeoptReason reason, String... types) {
        Label ok = new Label();
        for (String type : types) {
            g.load(n.input(0));
            mv.visitTypeInsn(INSTANCEOF, type);
            mv.visitJumpInsn(IFNE, ok);
        }
        g.failConversion(n, reason);
        mv.visitLabel(ok);
        g.load(n.input(0));
    }

    /** Emits `n` if it is of these families; false otherwise. */
    static boolean emit(CodeGenerator g, MethodVisitor mv, Node n) {
        switch (n.opcode()) {
            case CheckedSmiUntag -> {
                Label ok = new Label();
                g.load(n.input(0));
                mv.visitTypeInsn(INSTANCEOF, "java/lang/Integer");
                mv.visitJumpInsn(IFNE, ok);
                g.failConversion(n, DeoptReason.NotASmi);
                mv.visitLabel(ok);
                g.load(n.input(0));
                mv.visitTypeInsn(CHECKCAST, "java/lang/Integer");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Integer", "intValue", "()I", false);
            }
            case UnsafeSmiUntag -> {
                // Known to be a Smi (a Smi field's load): the cast cannot fail.
                g.load(n.input(0));
                mv.visitTypeInsn(CHECKCAST, "java/lang/Integer");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Integer", "intValue", "()I", false);
            }
            case UncheckedNumberToFloat64 -> {
                // Known to be a number (a Double field's load): an Integer or a Double, both Numbers.
                g.load(n.input(0));
                mv.visitTypeInsn(CHECKCAST, "java/lang/Number");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Number", "doubleValue", "()D", false);
            }
            case CheckedNumberToFloat64 -> {
                Label notSmi = new Label();
                Label ok = new Label();
                Label done = new Label();
                g.load(n.input(0));
                mv.visitTypeInsn(INSTANCEOF, "java/lang/Integer");
                mv.visitJumpInsn(IFEQ, notSmi);
                g.load(n.input(0));
                mv.visitTypeInsn(CHECKCAST, "java/lang/Integer");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Integer", "intValue", "()I", false);
                mv.visitInsn(I2D);
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(notSmi);
                g.load(n.input(0));
                mv.visitTypeInsn(INSTANCEOF, "java/lang/Double");
                mv.visitJumpInsn(IFNE, ok);
                g.failConversion(n, DeoptReason.NotANumber);
                mv.visitLabel(ok);
                g.load(n.input(0));
                mv.visitTypeInsn(CHECKCAST, "java/lang/Double");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Double", "doubleValue", "()D", false);
                mv.visitLabel(done);
            }
            case CheckedUint32ToInt32 -> {
                Label ok = new Label();
                g.load(n.input(0));
                mv.visitJumpInsn(IFGE, ok);
                g.failArithmetic(n, DeoptReason.LostPrecision);
                mv.visitLabel(ok);
                g.load(n.input(0));
            }
            case CheckNumber -> passIfInstance(g, mv, n, DeoptReason.NotAHeapNumber, "java/lang/Integer",
                    "java/lang/Double");
            case CheckedTruncateFloat64ToInt32 -> {
                // r = (int) d; d must be r exactly (d2i saturates and maps NaN to 0, so a value
                // out of range, a fraction and NaN all fail the round trip), and not -0.
                Label lost = new Label();
                Label ok = new Label();
                int r = g.scratchInt();
                g.load(n.input(0));
                mv.visitInsn(D2I);
                mv.visitVarInsn(ISTORE, r);
                mv.visitVarInsn(ILOAD, r);
                mv.visitInsn(I2D);
                g.load(n.input(0));
                mv.visitInsn(DCMPL);
                mv.visitJumpInsn(IFNE, lost);
                mv.visitVarInsn(ILOAD, r);
                mv.visitJumpInsn(IFNE, ok);
                g.load(n.input(0));
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false);
                mv.visitInsn(LCONST_0);
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFGE, ok);
                g.failConversion(n, DeoptReason.MinusZero);
                mv.visitLabel(lost);
                g.failConversion(n, DeoptReason.LostPrecisionOrNaN);
                mv.visitLabel(ok);
                mv.visitVarInsn(ILOAD, r);
            }
            case CheckString -> passIfInstance(g, mv, n, DeoptReason.NotAString, "java/lang/String");
            case StringConcat -> {
                g.load(n.input(0));
                mv.visitTypeInsn(CHECKCAST, "java/lang/String");
                g.load(n.input(1));
                mv.visitTypeInsn(CHECKCAST, "java/lang/String");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "concat", "(Ljava/lang/String;)Ljava/lang/String;", false);
            }
            case StringEqual -> {
                g.load(n.input(0));
                g.load(n.input(1));
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "equals", "(Ljava/lang/Object;)Z", false);
            }
            case StringLessThan -> stringCompare(g, mv, n, IFLT);
            case StringLessThanOrEqual -> stringCompare(g, mv, n, IFLE);
            case StringGreaterThan -> stringCompare(g, mv, n, IFGT);
            case StringGreaterThanOrEqual -> stringCompare(g, mv, n, IFGE);
            case ChangeInt32ToFloat64 -> {
                g.load(n.input(0));
                mv.visitInsn(I2D);
            }
            case Int32ToNumber -> {
                g.load(n.input(0));
                mv.visitMethodInsn(INVOKESTATIC, CodeGenerator.NUMBERS, "smi", "(I)Ljava/lang/Integer;", false);
            }
            case Float64ToTagged -> {
                g.load(n.input(0));
                mv.visitMethodInsn(INVOKESTATIC, CodeGenerator.NUMBERS, "normalize", "(D)Ljava/lang/Object;", false);
            }
            case BitToBoolean -> {
                g.load(n.input(0));
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", false);
            }
            case ToBoolean -> {
                g.load(n.input(0));
                mv.visitMethodInsn(INVOKESTATIC, "dev/kindling/runtime/Conversions", "toBoolean",
                        "(Ljava/lang/Object;)Z", false);
            }
            case Int32ToBit -> {
                g.load(n.input(0));
                bitOf(mv, IFNE);
            }
            case Float64ToBit -> {
                g.load(n.input(0));
                mv.visitMethodInsn(INVOKESTATIC, CodeGenerator.BASE, "truthy", "(D)Z", false);
            }
            case LogicalNot -> {
                g.load(n.input(0));
                mv.visitInsn(ICONST_1);
                mv.visitInsn(IXOR);
            }
            case Int32AddWithOverflow, Int32SubtractWithOverflow -> addOrSubtract(g, mv, n);
            case Int32MultiplyWithOverflow -> multiply(g, mv, n);
            case Int32DivideWithOverflow -> divide(g, mv, n);
            case Int32ModulusWithOverflow -> modulus(g, mv, n);
            case Int32IncrementWithOverflow, Int32DecrementWithOverflow -> {
                Label ok = new Label();
                g.load(n.input(0));
                g.pushInt(n.opcode() == dev.kindling.optimizer.ir.Opcode.Int32IncrementWithOverflow
                        ? Integer.MAX_VALUE : Integer.MIN_VALUE);
                mv.visitJumpInsn(IF_ICMPNE, ok);
                g.failArithmetic(n, DeoptReason.Overflow);
                mv.visitLabel(ok);
                g.load(n.input(0));
                mv.visitInsn(ICONST_1);
                mv.visitInsn(n.opcode() == dev.kindling.optimizer.ir.Opcode.Int32IncrementWithOverflow ? IADD : ISUB);
            }
            case Int32NegateWithOverflow -> {
                Label notZero = new Label();
                Label ok = new Label();
                g.load(n.input(0));
                mv.visitJumpInsn(IFNE, notZero);
                g.failArithmetic(n, DeoptReason.MinusZero);
                mv.visitLabel(notZero);
                g.load(n.input(0));
                g.pushInt(Integer.MIN_VALUE);
                mv.visitJumpInsn(IF_ICMPNE, ok);
                g.failArithmetic(n, DeoptReason.Overflow);
                mv.visitLabel(ok);
                g.load(n.input(0));
                mv.visitInsn(INEG);
            }
            case Int32BitwiseAnd -> binary(g, mv, n, IAND);
            case Int32BitwiseOr -> binary(g, mv, n, IOR);
            case Int32BitwiseXor -> binary(g, mv, n, IXOR);
            case Int32ShiftLeft -> binary(g, mv, n, ISHL);
            case Int32ShiftRight -> binary(g, mv, n, ISHR);
            case Int32ShiftRightLogical -> binary(g, mv, n, IUSHR);
            case Int32BitwiseNot -> {
                g.load(n.input(0));
                mv.visitInsn(ICONST_M1);
                mv.visitInsn(IXOR);
            }
            case Float64Add -> binary(g, mv, n, DADD);
            case Float64Subtract -> binary(g, mv, n, DSUB);
            case Float64Multiply -> binary(g, mv, n, DMUL);
            case Float64Divide -> binary(g, mv, n, DDIV);
            case Float64Modulus -> binary(g, mv, n, DREM);
            case Float64Negate -> {
                g.load(n.input(0));
                mv.visitInsn(DNEG);
            }
            // java.lang.Math's, which HotSpot compiles to single instructions (intrinsics)
            case Float64RoundDown -> math(g, mv, n, "floor");
            case Float64RoundUp -> math(g, mv, n, "ceil");
            case Float64Sqrt -> math(g, mv, n, "sqrt");
            case Float64Abs -> math(g, mv, n, "abs");
            case Float64Max -> math(g, mv, n, "max");
            case Float64Min -> math(g, mv, n, "min");
            case Int32Equal -> intCompare(g, mv, n, IF_ICMPEQ);
            case Int32LessThan -> intCompare(g, mv, n, IF_ICMPLT);
            case Int32LessThanOrEqual -> intCompare(g, mv, n, IF_ICMPLE);
            case Int32GreaterThan -> intCompare(g, mv, n, IF_ICMPGT);
            case Int32GreaterThanOrEqual -> intCompare(g, mv, n, IF_ICMPGE);
            case Float64Equal -> doubleCompare(g, mv, n, DCMPL, IFEQ);
            case Float64LessThan -> doubleCompare(g, mv, n, DCMPG, IFLT);
            case Float64LessThanOrEqual -> doubleCompare(g, mv, n, DCMPG, IFLE);
            case Float64GreaterThan -> doubleCompare(g, mv, n, DCMPL, IFGT);
            case Float64GreaterThanOrEqual -> doubleCompare(g, mv, n, DCMPL, IFGE);
            case TaggedEqual -> {
                g.load(n.input(0));
                g.load(n.input(1));
                Label t = new Label();
                Label done = new Label();
                mv.visitJumpInsn(IF_ACMPEQ, t);
                mv.visitInsn(ICONST_0);
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(t);
                mv.visitInsn(ICONST_1);
                mv.visitLabel(done);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** String.compareTo orders by UTF-16 code units, as JS's relational compare of strings does. */
    private static void stringCompare(CodeGenerator g, MethodVisitor mv, Node n, int jump) {
        g.load(n.input(0));
        mv.visitTypeInsn(CHECKCAST, "java/lang/String");
        g.load(n.input(1));
        mv.visitTypeInsn(CHECKCAST, "java/lang/String");
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "compareTo", "(Ljava/lang/String;)I", false);
        bitOf(mv, jump);
    }

    /** java.lang.Math.`name` of the node's double inputs. */
    private static void math(CodeGenerator g, MethodVisitor mv, Node n, String name) {
        for (Node in : n.inputs()) {
            g.load(in);
        }
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", name, n.inputCount() == 1 ? "(D)D" : "(DD)D", false);
    }

    private static void binary(CodeGenerator g, MethodVisitor mv, Node n, int instruction) {
        g.load(n.input(0));
        g.load(n.input(1));
        mv.visitInsn(instruction);
    }

    /** Leaves 1 or 0 for the int on the stack, by `jumpIfTrue` (IFNE...). */
    private static void bitOf(MethodVisitor mv, int jumpIfTrue) {
        Label t = new Label();
        Label done = new Label();
        mv.visitJumpInsn(jumpIfTrue, t);
        mv.visitInsn(ICONST_0);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(t);
        mv.visitInsn(ICONST_1);
        mv.visitLabel(done);
    }

    private static void intCompare(CodeGenerator g, MethodVisitor mv, Node n, int jump) {
        g.load(n.input(0));
        g.load(n.input(1));
        bitOf(mv, jump);
    }

    private static void doubleCompare(CodeGenerator g, MethodVisitor mv, Node n, int compare, int jump) {
        g.load(n.input(0));
        g.load(n.input(1));
        mv.visitInsn(compare);
        bitOf(mv, jump);
    }

    private static void addOrSubtract(CodeGenerator g, MethodVisitor mv, Node n) {
        boolean add = n.opcode() == dev.kindling.optimizer.ir.Opcode.Int32AddWithOverflow;
        int r = g.scratchInt();
        binary(g, mv, n, add ? IADD : ISUB);
        mv.visitVarInsn(ISTORE, r);
        Label ok = new Label();
        if (add) { // ((a ^ r) & (b ^ r)) < 0
            g.load(n.input(0));
            mv.visitVarInsn(ILOAD, r);
            mv.visitInsn(IXOR);
            g.load(n.input(1));
        } else { // ((a ^ b) & (a ^ r)) < 0
            g.load(n.input(0));
            g.load(n.input(1));
            mv.visitInsn(IXOR);
            g.load(n.input(0));
        }
        mv.visitVarInsn(ILOAD, r);
        mv.visitInsn(IXOR);
        mv.visitInsn(IAND);
        mv.visitJumpInsn(IFGE, ok);
        g.failArithmetic(n, DeoptReason.Overflow);
        mv.visitLabel(ok);
        mv.visitVarInsn(ILOAD, r);
    }

    private static void multiply(CodeGenerator g, MethodVisitor mv, Node n) {
        int product = g.scratchLong();
        int r = g.scratchInt();
        g.load(n.input(0));
        mv.visitInsn(I2L);
        g.load(n.input(1));
        mv.visitInsn(I2L);
        mv.visitInsn(LMUL);
        mv.visitVarInsn(LSTORE, product);
        mv.visitVarInsn(LLOAD, product);
        mv.visitInsn(L2I);
        mv.visitVarInsn(ISTORE, r);
        Label fits = new Label();
        mv.visitVarInsn(ILOAD, r);
        mv.visitInsn(I2L);
        mv.visitVarInsn(LLOAD, product);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFEQ, fits);
        g.failArithmetic(n, DeoptReason.Overflow);
        mv.visitLabel(fits);
        Label ok = new Label();
        mv.visitVarInsn(ILOAD, r);
        mv.visitJumpInsn(IFNE, ok);
        g.load(n.input(0));
        g.load(n.input(1));
        mv.visitInsn(IOR);
        mv.visitJumpInsn(IFGE, ok);
        g.failArithmetic(n, DeoptReason.MinusZero);
        mv.visitLabel(ok);
        mv.visitVarInsn(ILOAD, r);
    }

    private static void divide(CodeGenerator g, MethodVisitor mv, Node n) {
        Label nonZero = new Label();
        g.load(n.input(1));
        mv.visitJumpInsn(IFNE, nonZero);
        g.failArithmetic(n, DeoptReason.DivisionByZero);
        mv.visitLabel(nonZero);
        Label noMinusZero = new Label();
        g.load(n.input(0));
        mv.visitJumpInsn(IFNE, noMinusZero);
        g.load(n.input(1));
        mv.visitJumpInsn(IFGE, noMinusZero);
        g.failArithmetic(n, DeoptReason.MinusZero);
        mv.visitLabel(noMinusZero);
        Label noOverflow = new Label();
        g.load(n.input(0));
        g.pushInt(Integer.MIN_VALUE);
        mv.visitJumpInsn(IF_ICMPNE, noOverflow);
        g.load(n.input(1));
        mv.visitInsn(ICONST_M1);
        mv.visitJumpInsn(IF_ICMPNE, noOverflow);
        g.failArithmetic(n, DeoptReason.Overflow);
        mv.visitLabel(noOverflow);
        Label exact = new Label();
        binary(g, mv, n, IREM);
        mv.visitJumpInsn(IFEQ, exact);
        g.failArithmetic(n, DeoptReason.LostPrecision);
        mv.visitLabel(exact);
        binary(g, mv, n, IDIV);
    }

    private static void modulus(CodeGenerator g, MethodVisitor mv, Node n) {
        Label nonZero = new Label();
        g.load(n.input(1));
        mv.visitJumpInsn(IFNE, nonZero);
        g.failArithmetic(n, DeoptReason.DivisionByZero);
        mv.visitLabel(nonZero);
        int r = g.scratchInt();
        binary(g, mv, n, IREM);
        mv.visitVarInsn(ISTORE, r);
        Label ok = new Label();
        mv.visitVarInsn(ILOAD, r);
        mv.visitJumpInsn(IFNE, ok);
        g.load(n.input(0));
        mv.visitJumpInsn(IFGE, ok);
        g.failArithmetic(n, DeoptReason.MinusZero);
        mv.visitLabel(ok);
        mv.visitVarInsn(ILOAD, r);
    }
}

/*
 * The graph builder's operator and property bytecodes, where feedback decides the nodes
 * (Maglev's VisitBinaryOperation / VisitCompareOperation / VisitGetNamedProperty with their
 * feedback-driven "TryBuild..." paths):
 *
 *   binary/unary hint  SignedSmall        → CheckedSmiUntag inputs + Int32...WithOverflow
 *                      Number(OrOddball)  → CheckedNumberToFloat64 inputs + Float64...
 *                      None               → Deopt "Insufficient type feedback for binary operation"
 *                      String (Add)       → CheckString inputs + StringConcat
 *                      String, Any        → GenericBinaryOperation (the interpreter's own)
 *   compare hint       SignedSmall/Number → Int32/Float64 compare, a bit
 *                      String             → CheckString inputs + String compare, a bit
 *                      None               → Deopt "... for compare operation"
 *                      otherwise          → GenericCompareOperation
 *   property ICs       uninitialized      → Deopt "... for generic named/keyed access"
 *                      shapes seen        → PropertySpeculation's checked accesses
 *                      otherwise          → the generic access (the interpreter's lookup)
 *
 * Bitwise operators and shifts are int32 operations in JS, so SignedSmall is their only fast
 * path; Exp is always generic. The Smi forms (AddSmi ...) take their right operand as an
 * Int32Constant.
 *
 * Guarantees: a checked node's deopt state is the frame before the bytecode; no node with an
 * effect is appended before the last check of a bytecode.
 */
package dev.kindling.optimizer.graph;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.ic.BinaryOperationFeedback;
import dev.kindling.ic.CompareOperationFeedback;
import dev.kindling.ic.IcState;
import dev.kindling.optimizer.ir.Compare;
import dev.kindling.optimizer.ir.Constant;
import dev.kindling.optimizer.ir.Conversion;
import dev.kindling.optimizer.ir.DeoptReason;
import dev.kindling.optimizer.ir.Float64Operation;
import dev.kindling.optimizer.ir.GenericOperation;
import dev.kindling.optimizer.ir.Int32Operation;
import dev.kindling.optimizer.ir.Node;
import dev.kindling.optimizer.ir.Opcode;
import dev.kindling.optimizer.ir.RuntimeAccess;
import dev.kindling.runtime.Oddball;

final class Speculation {
    private final GraphBuilder b;
    private final PropertySpeculation properties;

    Speculation(GraphBuilder builder) {
        this.b = builder;
        this.properties = new PropertySpeculation(builder);
    }

    /** Builds `op` if it is an operator or property bytecode; false if it is not one. */
    boolean visit(Bytecode op) {
        var it = b.iterator();
        var frame = b.frame();
        switch (op) {
            case Add, Sub, Mul, Div, Mod, Exp, BitwiseOr, BitwiseXor, BitwiseAnd, ShiftLeft, ShiftRight,
                 ShiftRightLogical -> binary(op, b.register(0), frame.accumulator, it.operand(1));
            case AddSmi, SubSmi, MulSmi, DivSmi, ModSmi, ExpSmi, BitwiseOrSmi, BitwiseXorSmi, BitwiseAndSmi,
                 ShiftLeftSmi, ShiftRightSmi, ShiftRightLogicalSmi ->
                    binary(op, frame.accumulator, b.add(Constant.int32(it.operand(0))), it.operand(1));
            case Inc, Dec, Negate, BitwiseNot, ToNumeric -> unary(op, frame.accumulator, it.operand(0));
            case ToBooleanLogicalNot, LogicalNot ->
                    frame.accumulator = b.add(new Conversion(Opcode.LogicalNot, b.toBit(frame.accumulator)));
            case TypeOf -> frame.accumulator = b.add(new GenericOperation(Opcode.GenericUnaryOperation, op,
                    b.tagged(frame.accumulator)));
            case TestEqual, TestEqualStrict, TestLessThan, TestGreaterThan, TestLessThanOrEqual,
                 TestGreaterThanOrEqual -> compare(op, b.register(0), frame.accumulator, it.operand(1));
            case TestInstanceOf, TestIn -> frame.accumulator = b.add(new GenericOperation(
                    Opcode.GenericCompareOperation, op, b.tagged(b.register(0)), b.tagged(frame.accumulator)));
            case TestNull, TestUndefined -> frame.accumulator = b.add(new Compare(Opcode.TaggedEqual,
                    b.tagged(frame.accumulator), b.constant(op == Bytecode.TestNull ? Oddball.NULL : Oddball.UNDEFINED)));
            case TestUndetectable -> frame.accumulator = b.add(new GenericOperation(Opcode.GenericUnaryOperation, op,
                    b.tagged(frame.accumulator)));
            case GetNamedProperty -> {
                if (uninitialized(it.operand(2), DeoptReason.InsufficientTypeFeedbackForGenericNamedAccess)) {
                    return true;
                }
                Object name = b.bytecode().constant(it.operand(1));
                Node object = b.tagged(b.register(0));
                Node fast = properties.load(object, name, b.feedback().property(it.operand(2)));
                frame.accumulator = fast != null ? fast
                        : b.add(RuntimeAccess.named(Opcode.LoadNamedGeneric, name, false, object));
            }
            case SetNamedProperty -> {
                if (uninitialized(it.operand(2), DeoptReason.InsufficientTypeFeedbackForGenericNamedAccess)) {
                    return true;
                }
                Object name = b.bytecode().constant(it.operand(1));
                Node object = b.tagged(b.register(0));
                Node value = b.tagged(frame.accumulator);
                if (!properties.store(object, name, value, b.feedback().property(it.operand(2)))) {
                    b.add(RuntimeAccess.named(Opcode.SetNamedGeneric, name, b.shared().isStrict(), object,
                            value));
                }
            }
            case GetKeyedProperty -> {
                if (uninitialized(it.operand(1), DeoptReason.InsufficientTypeFeedbackForGenericKeyedAccess)) {
                    return true;
                }
                Node object = b.tagged(b.register(0));
                var site = b.feedback().property(it.operand(1));
                Object name = properties.checkKeyName(frame.accumulator, site);
                if (name != null) {
                    Node fast = properties.load(object, name, site);
                    frame.accumulator = fast != null ? fast
                            : b.add(RuntimeAccess.named(Opcode.LoadNamedGeneric, name, false, object));
                    return true;
                }
                Node fast = properties.loadElement(object, frame.accumulator, site);
                frame.accumulator = fast != null ? fast : b.add(RuntimeAccess.keyed(Opcode.GetKeyedGeneric, false,
                        object, b.tagged(frame.accumulator)));
            }
            case SetKeyedProperty -> {
                if (uninitialized(it.operand(2), DeoptReason.InsufficientTypeFeedbackForGenericKeyedAccess)) {
                    return true;
                }
                Node object = b.tagged(b.register(0));
                var site = b.feedback().property(it.operand(2));
                Object name = properties.checkKeyName(b.register(1), site);
                if (name != null) {
                    Node value = b.tagged(frame.accumulator);
                    if (!properties.store(object, name, value, site)) {
                        b.add(RuntimeAccess.named(Opcode.SetNamedGeneric, name, b.shared().isStrict(), object,
                                value));
                    }
                    return true;
                }
                if (!properties.storeElement(object, b.register(1), frame.accumulator, site)) {
                    b.add(RuntimeAccess.keyed(Opcode.SetKeyedGeneric, b.shared().isStrict(), object,
                            b.tagged(b.register(1)), b.tagged(frame.accumulator)));
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A property site the interpreter never ran: deopt there (true), else false. */
    private boolean uninitialized(int slot, DeoptReason reason) {
        if (b.feedback().property(slot).state() == IcState.UNINITIALIZED && b.maySpeculate()) {
            b.deoptNow(reason);
            return true;
        }
        return false;
    }

    private void binary(Bytecode op, Node left, Node right, int slot) {
        BinaryOperationFeedback.Hint hint = b.feedback().binaryOp(slot).hint();
        Bytecode base = baseOperator(op);
        if (hint == BinaryOperationFeedback.Hint.None && b.maySpeculate()) {
            b.deoptNow(DeoptReason.InsufficientTypeFeedbackForBinaryOperation);
            return;
        }
        Opcode int32 = int32Operation(base);
        Opcode float64 = float64Operation(base);
        if (hint == BinaryOperationFeedback.Hint.String && base == Bytecode.Add) {
            Node x = checkString(left);
            Node y = checkString(right);
            b.frame().accumulator = b.add(new Compare(Opcode.StringConcat, x, y));
            return;
        }
        if (hint == BinaryOperationFeedback.Hint.SignedSmall && int32 != null) {
            Node x = b.int32(left);
            Node y = b.int32(right);
            Node r = b.addCheck(new Int32Operation(int32, x, y), reasonFor(int32));
            if (int32 == Opcode.Int32ShiftRightLogical) {
                r = b.addCheck(new Conversion(Opcode.CheckedUint32ToInt32, r), DeoptReason.LostPrecision);
            }
            b.frame().accumulator = r;
        } else if ((hint == BinaryOperationFeedback.Hint.SignedSmall || hint == BinaryOperationFeedback.Hint.Number
                || hint == BinaryOperationFeedback.Hint.NumberOrOddball) && float64 != null) {
            Node x = b.float64(left);
            Node y = b.float64(right);
            b.frame().accumulator = b.add(new Float64Operation(float64, x, y));
        } else {
            b.frame().accumulator = b.add(new GenericOperation(Opcode.GenericBinaryOperation, op,
                    b.tagged(left), b.tagged(right)));
        }
    }

    private void unary(Bytecode op, Node value, int slot) {
        BinaryOperationFeedback.Hint hint = b.feedback().binaryOp(slot).hint();
        if (hint == BinaryOperationFeedback.Hint.None && b.maySpeculate()) {
            b.deoptNow(DeoptReason.InsufficientTypeFeedbackForBinaryOperation);
            return;
        }
        var frame = b.frame();
        if (hint == BinaryOperationFeedback.Hint.SignedSmall) {
            Node x = b.int32(value);
            frame.accumulator = switch (op) {
                case Inc -> b.addCheck(new Int32Operation(Opcode.Int32IncrementWithOverflow, x), DeoptReason.Overflow);
                case Dec -> b.addCheck(new Int32Operation(Opcode.Int32DecrementWithOverflow, x), DeoptReason.Overflow);
                case Negate -> b.addCheck(new Int32Operation(Opcode.Int32NegateWithOverflow, x), DeoptReason.MinusZero);
                case BitwiseNot -> b.add(new Int32Operation(Opcode.Int32BitwiseNot, x));
                default -> x; // ToNumeric of a Smi
            };
        } else if (op != Bytecode.BitwiseNot && (hint == BinaryOperationFeedback.Hint.Number
                || hint == BinaryOperationFeedback.Hint.NumberOrOddball)) {
            Node x = b.float64(value);
            frame.accumulator = switch (op) {
                case Inc -> b.add(new Float64Operation(Opcode.Float64Add, x, b.add(Constant.float64(1))));
                case Dec -> b.add(new Float64Operation(Opcode.Float64Subtract, x, b.add(Constant.float64(1))));
                case Negate -> b.add(new Float64Operation(Opcode.Float64Negate, x));
                default -> x;
            };
        } else {
            frame.accumulator = b.add(new GenericOperation(Opcode.GenericUnaryOperation, op, b.tagged(value)));
        }
    }

    private void compare(Bytecode op, Node left, Node right, int slot) {
        CompareOperationFeedback.Hint hint = b.feedback().compareOp(slot).hint();
        if (hint == CompareOperationFeedback.Hint.None && b.maySpeculate()) {
            b.deoptNow(DeoptReason.InsufficientTypeFeedbackForCompareOperation);
            return;
        }
        if (hint == CompareOperationFeedback.Hint.SignedSmall) {
            b.frame().accumulator = b.add(new Compare(int32Compare(op), b.int32(left), b.int32(right)));
        } else if (hint == CompareOperationFeedback.Hint.Number) {
            b.frame().accumulator = b.add(new Compare(float64Compare(op), b.float64(left), b.float64(right)));
        } else if (hint == CompareOperationFeedback.Hint.String) {
            b.frame().accumulator = b.add(new Compare(stringCompare(op), checkString(left), checkString(right)));
        } else {
            b.frame().accumulator = b.add(new GenericOperation(Opcode.GenericCompareOperation, op,
                    b.tagged(left), b.tagged(right)));
        }
    }

    /** Add for AddSmi, and so on: the operator a Smi form applies. */
    private static Bytecode baseOperator(Bytecode op) {
        return op.name().endsWith("Smi") ? Bytecode.valueOf(op.name().substring(0, op.name().length() - 3)) : op;
    }

    private static Opcode int32Operation(Bytecode op) {
        return switch (op) {
            case Add -> Opcode.Int32AddWithOverflow;
            case Sub -> Opcode.Int32SubtractWithOverflow;
            case Mul -> Opcode.Int32MultiplyWithOverflow;
            case Div -> Opcode.Int32DivideWithOverflow;
            case Mod -> Opcode.Int32ModulusWithOverflow;
            case BitwiseOr -> Opcode.Int32BitwiseOr;
            case BitwiseXor -> Opcode.Int32BitwiseXor;
            case BitwiseAnd -> Opcode.Int32BitwiseAnd;
            case ShiftLeft -> Opcode.Int32ShiftLeft;
            case ShiftRight -> Opcode.Int32ShiftRight;
            case ShiftRightLogical -> Opcode.Int32ShiftRightLogical;
            default -> null;
        };
    }

    private static Opcode float64Operation(Bytecode op) {
        return switch (op) {
            case Add -> Opcode.Float64Add;
            case Sub -> Opcode.Float64Subtract;
            case Mul -> Opcode.Float64Multiply;
            case Div -> Opcode.Float64Divide;
            case Mod -> Opcode.Float64Modulus;
            default -> null;
        };
    }

    /** The deopt reason an int32 operation's check names (the backend may refine it per condition). */
    private static DeoptReason reasonFor(Opcode op) {
        return switch (op) {
            case Int32DivideWithOverflow, Int32ModulusWithOverflow -> DeoptReason.DivisionByZero;
            case Int32MultiplyWithOverflow -> DeoptReason.MinusZero;
            default -> DeoptReason.Overflow;
        };
    }

    private static Opcode int32Compare(Bytecode op) {
        return switch (op) {
            case TestEqual, TestEqualStrict -> Opcode.Int32Equal;
            case TestLessThan -> Opcode.Int32LessThan;
            case TestLessThanOrEqual -> Opcode.Int32LessThanOrEqual;
            case TestGreaterThan -> Opcode.Int32GreaterThan;
            default -> Opcode.Int32GreaterThanOrEqual;
        };
    }

    /** The value, checked to be a string (DeoptReason.NotAString). */
    private Node checkString(Node value) {
        return b.addCheck(new Conversion(Opcode.CheckString, b.tagged(value)), DeoptReason.NotAString);
    }

    private static Opcode stringCompare(Bytecode op) {
        return switch (op) {
            case TestEqual, TestEqualStrict -> Opcode.StringEqual;
            case TestLessThan -> Opcode.StringLessThan;
            case TestLessThanOrEqual -> Opcode.StringLessThanOrEqual;
            case TestGreaterThan -> Opcode.StringGreaterThan;
            default -> Opcode.StringGreaterThanOrEqual;
        };
    }

    private static Opcode float64Compare(Bytecode op) {
        return switch (op) {
            case TestEqual, TestEqualStrict -> Opcode.Float64Equal;
            case TestLessThan -> Opcode.Float64LessThan;
            case TestLessThanOrEqual -> Opcode.Float64LessThanOrEqual;
            case TestGreaterThan -> Opcode.Float64GreaterThan;
            default -> Opcode.Float64GreaterThanOrEqual;
        };
    }
}

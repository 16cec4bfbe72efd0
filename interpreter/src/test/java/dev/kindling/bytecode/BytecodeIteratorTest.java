/*
 * The bytecode iterator decodes what BytecodeArrayBuilder encodes: every bytecode of the table,
 * at every operand scale its operands allow, is built alone into an array with operand values
 * that need exactly that scale, and read back — bytecode, scale, size, each operand by its
 * type, register indexes and lists, jump targets. Jump tables and backward jumps are built
 * with labels, as the generator builds them.
 */
package dev.kindling.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;

class BytecodeIteratorTest {
    private static final int PARAMETERS = 3;
    private static final int REGISTERS = 70000;
    private static final int[] SCALES = {1, 2, 4};

    /** A value of `type` that needs exactly `scale` bytes (non-scalable types: any valid value). */
    private static int valueNeedingScale(OperandType type, int scale) {
        if (type.isRegister()) {
            return Register.local(scale == 1 ? 20 : scale == 2 ? 300 : 40000); // >= r16: no short Star
        }
        return switch (type) {
            case Imm -> scale == 1 ? -5 : scale == 2 ? -300 : -100000;
            case Flag8 -> 5;
            case RuntimeId -> RuntimeFunction.values().length - 1;
            case IntrinsicId -> Intrinsic.values().length - 1;
            default -> scale == 1 ? 7 : scale == 2 ? 300 : 100000; // RegCount, Idx, UImm
        };
    }

    private static boolean hasScalableOperand(Bytecode b) {
        for (int i = 0; i < b.operandCount(); i++) {
            if (b.operandType(i).isScalable()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyBytecodeAtEveryScaleRoundTripsThroughTheBuilder() {
        int checked = 0;
        for (Bytecode b : Bytecode.values()) {
            if (b.isPrefix()) {
                continue;
            }
            for (int scale : SCALES) {
                if (scale > 1 && !hasScalableOperand(b)) {
                    continue;
                }
                int[] operands = new int[b.operandCount()];
                for (int i = 0; i < operands.length; i++) {
                    operands[i] = valueNeedingScale(b.operandType(i), scale);
                }
                BytecodeArrayBuilder builder = new BytecodeArrayBuilder();
                builder.emit(b, operands);
                BytecodeArray array = builder.build(PARAMETERS, REGISTERS);
                BytecodeIterator it = new BytecodeIterator(array);
                String what = b + " at scale " + scale;
                assertEquals(b, it.bytecode(), what);
                assertEquals(0, it.offset(), what);
                assertEquals(scale, it.operandScale(), what);
                assertEquals(array.length(), it.size(), what);
                assertEquals(array.length(), it.nextOffset(), what);
                assertEquals(b.size(scale) + (scale > 1 ? 1 : 0), it.size(), what);
                assertEquals(operands.length, it.operandCount(), what);
                for (int i = 0; i < operands.length; i++) {
                    OperandType type = b.operandType(i);
                    assertEquals(operands[i], it.operand(i), what + " operand " + i);
                    if (type.isRegister()) {
                        assertEquals(operands[i], it.registerOperand(i), what + " register " + i);
                        assertEquals(array.registerIndex(operands[i]), it.registerIndex(i), what + " index " + i);
                        assertEquals(operands[i], array.registerOperand(it.registerIndex(i)), what + " inverse " + i);
                        int span = type == OperandType.RegList ? operands[i + 1] : type.registerSpan();
                        int[] range = it.registerRange(i);
                        assertEquals(span, range.length, what + " range " + i);
                        for (int k = 0; k < span; k++) {
                            assertEquals(it.registerIndex(i) + k, range[k], what + " range " + i + "[" + k + "]");
                        }
                        if (type == OperandType.RegList) {
                            assertArrayEquals(range, it.registerList(i), what);
                        }
                    }
                }
                if (b.isForwardJump()) {
                    assertEquals(operands[0], it.jumpTarget(), what);
                } else if (b == Bytecode.JumpLoop) {
                    assertEquals(-operands[0], it.jumpTarget(), what);
                }
                it.advance();
                assertTrue(it.done(), what);
                checked++;
            }
        }
        assertTrue(checked > Bytecode.values().length, "checked " + checked);
    }

    @Test
    void jumpTargetsAreAbsoluteForwardAndBackward() {
        BytecodeArrayBuilder builder = new BytecodeArrayBuilder();
        BytecodeArrayBuilder.Label header = new BytecodeArrayBuilder.Label();
        BytecodeArrayBuilder.Label exit = new BytecodeArrayBuilder.Label();
        builder.bind(header);
        builder.emit(Bytecode.LdaTrue);
        builder.emitJump(Bytecode.JumpIfFalse, exit);
        builder.emitJumpLoop(header, 0, builder.addFeedbackSlot(FeedbackSlotKind.JumpLoop));
        builder.bind(exit);
        builder.emit(Bytecode.Return);
        BytecodeIterator it = new BytecodeIterator(builder.build(1, 0));
        assertEquals(Bytecode.LdaTrue, it.bytecode());
        it.advance();
        assertEquals(Bytecode.JumpIfFalse, it.bytecode());
        int exitOffset = it.jumpTarget();
        it.advance();
        assertEquals(Bytecode.JumpLoop, it.bytecode());
        assertEquals(0, it.jumpTarget());
        it.setOffset(exitOffset);
        assertEquals(Bytecode.Return, it.bytecode());
    }

    @Test
    void jumpTableTargetsMapCaseValuesToOffsets() {
        BytecodeArrayBuilder builder = new BytecodeArrayBuilder();
        BytecodeArrayBuilder.Label one = new BytecodeArrayBuilder.Label();
        BytecodeArrayBuilder.Label two = new BytecodeArrayBuilder.Label();
        builder.emit(Bytecode.LdaSmi, 4);
        builder.emitSwitchOnSmi(List.of(one, two), 3);
        builder.emit(Bytecode.Return);
        builder.bind(two);
        builder.emit(Bytecode.LdaZero);
        builder.emit(Bytecode.Return);
        builder.bind(one);
        builder.emit(Bytecode.Return);
        BytecodeArray array = builder.build(1, 0);
        BytecodeIterator it = new BytecodeIterator(array);
        it.advance();
        assertEquals(Bytecode.SwitchOnSmiNoFeedback, it.bytecode());
        int fallThrough = it.nextOffset();
        assertEquals(List.of(new BytecodeIterator.JumpTableTarget(3, fallThrough + 1 + 1 + 1),
                new BytecodeIterator.JumpTableTarget(4, fallThrough + 1)), it.jumpTableTargets());
        it.setOffset(it.jumpTableTargets().get(0).target());
        assertEquals(Bytecode.Return, it.bytecode());
        it.advance();
        assertTrue(it.done());
    }
}

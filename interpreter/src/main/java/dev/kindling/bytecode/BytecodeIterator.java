/*
 * Walks a BytecodeArray one instruction at a time and decodes it (V8's
 * interpreter/bytecode-array-iterator.h): the one place that knows how operands are laid out
 * in the code. The disassembler, the interpreter's decoded form (BytecodeArray.decode), the
 * liveness analysis and the optimizing tier's graph builder all read bytecode through it.
 *
 * Assumes: the array was made by BytecodeArrayBuilder (instructions back to back, each maybe
 * behind a Wide/ExtraWide prefix; operands little-endian at the scale the prefix gives, sized
 * per OperandType); setOffset is given the start of an instruction.
 * Guarantees: operand(i) is decoded as the table's operand type says (signed for Imm and
 * register operands, unsigned otherwise); jump targets are absolute offsets, measured as the
 * builder measures them, from the start of the jumping instruction including its prefix.
 */
package dev.kindling.bytecode;

import java.util.ArrayList;
import java.util.List;

public final class BytecodeIterator {
    /** One entry of a SwitchOnSmiNoFeedback jump table: the Smi case value and where it goes. */
    public record JumpTableTarget(int caseValue, int target) {}

    private final BytecodeArray array;
    private int offset;
    private Bytecode bytecode;
    private int scale;
    private int size;

    public BytecodeIterator(BytecodeArray array) {
        this.array = array;
        setOffset(0);
    }

    /** True once every instruction has been visited. */
    public boolean done() {
        return offset >= array.length();
    }

    public void advance() {
        setOffset(offset + size);
    }

    /** Moves to the instruction starting at `offset` (its prefix, if it has one). */
    public void setOffset(int offset) {
        this.offset = offset;
        if (offset >= array.length()) {
            bytecode = null;
            scale = 1;
            size = 0;
            return;
        }
        Bytecode first = Bytecode.fromByte(array.byteAt(offset));
        if (first.isPrefix()) {
            scale = first == Bytecode.Wide ? 2 : 4;
            bytecode = Bytecode.fromByte(array.byteAt(offset + 1));
            size = 1 + bytecode.size(scale);
        } else {
            scale = 1;
            bytecode = first;
            size = first.size(1);
        }
    }

    /** Where the instruction starts, prefix included. */
    public int offset() {
        return offset;
    }

    /** The bytecode itself, after any Wide/ExtraWide prefix. */
    public Bytecode bytecode() {
        return bytecode;
    }

    /** 1, 2 (Wide) or 4 (ExtraWide): the byte size of the scalable operands. */
    public int operandScale() {
        return scale;
    }

    /** The instruction's length in bytes, prefix included. */
    public int size() {
        return size;
    }

    public int nextOffset() {
        return offset + size;
    }

    public int operandCount() {
        return bytecode.operandCount();
    }

    public OperandType operandType(int i) {
        return bytecode.operandType(i);
    }

    /** Operand i, read at the instruction's scale, signed or not as its type says. */
    public int operand(int i) {
        int p = offset + (scale > 1 ? 2 : 1);
        for (int k = 0; k < i; k++) {
            p += bytecode.operandType(k).size(scale);
        }
        OperandType type = bytecode.operandType(i);
        int bytes = type.size(scale);
        int v = 0;
        for (int k = 0; k < bytes; k++) {
            v |= array.byteAt(p + k) << (8 * k);
        }
        if (type.isSigned() && bytes < 4) {
            int shift = 32 - 8 * bytes;
            v = (v << shift) >> shift;
        }
        return v;
    }

    /** Register operand i as the code holds it (V8's encoding, see Register). */
    public int registerOperand(int i) {
        if (!bytecode.operandType(i).isRegister()) {
            throw new IllegalArgumentException(bytecode + " operand " + i + " is a " + bytecode.operandType(i));
        }
        return operand(i);
    }

    /** Register operand i's index in the register file (BytecodeArray.registerIndex). */
    public int registerIndex(int i) {
        return array.registerIndex(registerOperand(i));
    }

    /**
     * The register-file indexes of the consecutive registers operand i covers: one for Reg,
     * RegOut and RegInOut, two for a pair, three for a triple, and for a RegList as many as
     * the RegCount operand after it says (V8's GetRegisterOperandRange).
     */
    public int[] registerRange(int i) {
        OperandType type = bytecode.operandType(i);
        int count = type == OperandType.RegList ? operand(i + 1) : type.registerSpan();
        int first = registerOperand(i);
        int[] indexes = new int[count];
        for (int k = 0; k < count; k++) {
            indexes[k] = array.registerIndex(first - k); // r(n+k) is encoded as v - k
        }
        return indexes;
    }

    /** The register-file indexes of RegList operand i, its length taken from the RegCount after it. */
    public int[] registerList(int i) {
        if (bytecode.operandType(i) != OperandType.RegList) {
            throw new IllegalArgumentException(bytecode + " operand " + i + " is no RegList");
        }
        return registerRange(i);
    }

    /** The absolute offset a jump goes to: forward for Jump*, backward for JumpLoop. */
    public int jumpTarget() {
        if (bytecode.isForwardJump()) {
            return offset + operand(0);
        }
        if (bytecode == Bytecode.JumpLoop) {
            return offset - operand(0);
        }
        throw new IllegalStateException(bytecode + " at @" + offset + " is no jump");
    }

    /**
     * A SwitchOnSmiNoFeedback's table, in case order: its operands are the table's first
     * constant pool index, its length and the case value of its first entry; each entry
     * (Boilerplate.JumpTableEntry) holds a distance from this instruction's start. A
     * SwitchOnGeneratorState's operands are the generator register, then the table's first
     * index and length; its cases are the suspend ids 0, 1, ...
     */
    public List<JumpTableTarget> jumpTableTargets() {
        if (!bytecode.isSwitch()) {
            throw new IllegalStateException(bytecode + " at @" + offset + " has no jump table");
        }
        boolean generator = bytecode == Bytecode.SwitchOnGeneratorState;
        int first = operand(generator ? 1 : 0);
        int length = operand(generator ? 2 : 1);
        int caseBase = generator ? 0 : operand(2);
        List<JumpTableTarget> targets = new ArrayList<>(length);
        for (int k = 0; k < length; k++) {
            Boilerplate.JumpTableEntry entry = (Boilerplate.JumpTableEntry) array.constant(first + k);
            targets.add(new JumpTableTarget(caseBase + k, offset + entry.distance()));
        }
        return targets;
    }
}

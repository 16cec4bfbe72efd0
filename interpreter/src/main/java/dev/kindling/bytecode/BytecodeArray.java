/*
 * The compiled form of one function (DESIGN.md, stage 2): the bytecode bytes, the constant
 * pool, the handler table, the source position table, the frame layout and the feedback
 * layout. Immutable once built — the interpreter, the disassembler and later the optimizing
 * compiler all read the same object.
 *
 * Frame layout: parameterCount counts the receiver (as V8's "Parameter count"), so a
 * function of two parameters has parameterCount 3; registerCount is the number of r
 * registers (locals and temporaries).
 */
package dev.kindling.bytecode;

import java.util.List;

public final class BytecodeArray {
    private final byte[] code;
    private final Object[] constantPool;
    private final HandlerTable handlerTable;
    private final SourcePositionTable sourcePositions;
    private final int parameterCount;
    private final int registerCount;
    private final FeedbackMetadata feedbackMetadata;
    /** The interpreter's decoded view of `code`, made on first execution (see decodedForExecution). */
    private int[] decoded;
    /** Whether the code reads the argument list as passed (set by decode; see readsArgumentList). */
    private boolean readsArgumentList;

    public BytecodeArray(byte[] code, List<Object> constantPool, HandlerTable handlerTable,
                         SourcePositionTable sourcePositions, int parameterCount, int registerCount,
                         FeedbackMetadata feedbackMetadata) {
        this.code = code.clone();
        this.constantPool = constantPool.toArray();
        this.handlerTable = handlerTable;
        this.sourcePositions = sourcePositions;
        this.parameterCount = parameterCount;
        this.registerCount = registerCount;
        this.feedbackMetadata = feedbackMetadata;
    }

    public int length() {
        return code.length;
    }

    /** The byte at `offset` as an unsigned value. */
    public int byteAt(int offset) {
        return code[offset] & 0xFF;
    }

    /**
     * The code as the interpreter's dispatch loop reads it, decoded once. At the offset where
     * each instruction starts (its Wide/ExtraWide prefix, if any) an instruction word packing
     * its opcode, operand scale, the offset of its first operand and its whole length (read
     * them with the instruction* methods below); at the offset of each operand its value — at
     * the instruction's scale, signed or not as its operand type says, and for a register its
     * index in the register file (registerIndex), so reading it is one array load; elsewhere
     * the raw byte or 0. So the loop dispatches without re-deriving sizes and reads any operand with one
     * array load, whatever its scale, where V8's Ignition has a handler per operand scale.
     * Callers must not modify it.
     */
    public int[] decodedForExecution() {
        int[] d = decoded;
        if (d == null) {
            d = decode();
            decoded = d;
        }
        return d;
    }

    /**
     * Whether the code reads the arguments exactly as passed — an arguments object or a rest
     * parameter (CreateMappedArguments, CreateUnmappedArguments, CreateRestParameter). When it
     * does not, a call may build the callee's registers without keeping the argument list.
     */
    public boolean readsArgumentList() {
        decodedForExecution();
        return readsArgumentList;
    }

    /** The bytecode (its code()) of an instruction word. */
    public static int instructionOpcode(int word) {
        return word & 0xFF;
    }

    /** The operand scale (1, 2 or 4) of an instruction word. */
    public static int instructionScale(int word) {
        return word >> 8 & 0xF;
    }

    /** Where the first operand is, from the start of the instruction: 1, or 2 after a prefix. */
    public static int instructionOperandOffset(int word) {
        return word >> 12 & 0xF;
    }

    /** The instruction's length in bytes, prefix included. */
    public static int instructionLength(int word) {
        return word >>> 16;
    }

    private int[] decode() {
        int[] d = new int[code.length];
        for (int offset = 0; offset < code.length; ) {
            int at = offset;
            int scale = 1;
            Bytecode op = Bytecode.fromByte(code[at]);
            if (op.isPrefix()) {
                scale = op == Bytecode.Wide ? 2 : 4;
                op = Bytecode.fromByte(code[++at]);
                d[at] = op.code();
            }
            int length = Disassembler.instructionSize(this, offset);
            readsArgumentList |= op == Bytecode.CreateMappedArguments || op == Bytecode.CreateUnmappedArguments
                    || op == Bytecode.CreateRestParameter;
            d[offset] = op.code() | scale << 8 | (at + 1 - offset) << 12 | length << 16;
            int[] values = Disassembler.operands(this, offset);
            int p = at + 1;
            for (int i = 0; i < values.length; i++) {
                d[p] = op.operandType(i).isRegister() ? registerIndex(values[i]) : values[i];
                p += op.operandType(i).size(scale);
            }
            offset += length;
        }
        return d;
    }

    /**
     * Where a register operand's register sits in a frame's register file (see
     * decodedForExecution): <this> at 0, the parameters after it, then r0, r1, ...; the
     * registers held outside the file, <context> and <closure>, keep their negative operands.
     */
    public int registerIndex(int operand) {
        if (operand >= Register.RECEIVER) {
            return Register.parameterSlot(operand);
        }
        return Register.isLocal(operand) ? parameterCount + Register.localIndex(operand) : operand;
    }

    public Object constant(int index) {
        return constantPool[index];
    }

    public int constantPoolSize() {
        return constantPool.length;
    }

    public HandlerTable handlerTable() {
        return handlerTable;
    }

    public SourcePositionTable sourcePositions() {
        return sourcePositions;
    }

    public int parameterCount() {
        return parameterCount;
    }

    public int registerCount() {
        return registerCount;
    }

    /** Frame size in bytes, as V8 prints it (8 bytes a register). */
    public int frameSize() {
        return registerCount * 8;
    }

    public FeedbackMetadata feedbackMetadata() {
        return feedbackMetadata;
    }
}

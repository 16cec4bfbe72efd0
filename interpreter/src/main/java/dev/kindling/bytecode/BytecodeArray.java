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
    /** The interpreter's decoded view of `code` (see decodedForExecution). */
    private final int[] decoded;
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
        this.decoded = decode(); // bytecode is generated on a function's first call, so it runs at once
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
     * its opcode and its whole length (read them with the instruction* methods below); in the
     * slots right after it, operand k at offset + 1 + k, its value — read at the
     * instruction's scale, signed or not as its operand type says, and for a register its
     * index in the register file (registerIndex); 0 in any slot left over. So the loop
     * dispatches without re-deriving sizes and reads any operand with one array load at a
     * fixed place, whatever its scale, where V8's Ignition has a handler per operand scale.
     * Offsets stay those of the bytecode (jumps, handler table, source positions).
     * Callers must not modify it.
     */
    public int[] decodedForExecution() {
        return decoded;
    }

    /**
     * Whether the code reads the arguments exactly as passed — an arguments object or a rest
     * parameter (a bytecode whose Bytecode.readsArgumentList holds). When it does not, a call
     * may build the callee's registers without keeping the argument list.
     */
    public boolean readsArgumentList() {
        return readsArgumentList;
    }

    /**
     * Not a bytecode: the opcode of a break patched into a copy of the decoded code
     * (decodedWithBreakAt), where the interpreter stops. Outside the table's codes.
     */
    public static final int BREAK = 0xFF;

    /** The decoded code with the instruction at `offset` replaced by a BREAK (a fresh copy). */
    public int[] decodedWithBreakAt(int offset) {
        int[] d = decodedForExecution().clone();
        d[offset] = BREAK | instructionLength(d[offset]) << 8;
        return d;
    }

    /** The bytecode (its code()) of an instruction word (see decodedForExecution). */
    public static int instructionOpcode(int word) {
        return word & 0xFF;
    }

    /** The instruction's length in bytes, prefix included. */
    public static int instructionLength(int word) {
        return word >>> 8;
    }

    private int[] decode() {
        int[] d = new int[code.length];
        for (BytecodeIterator it = new BytecodeIterator(this); !it.done(); it.advance()) {
            Bytecode op = it.bytecode();
            int offset = it.offset();
            readsArgumentList |= op.readsArgumentList();
            d[offset] = op.code() | it.size() << 8;
            // Every operand takes at least a byte and a prefix one more, so the instruction has
            // room for its word and one slot per operand.
            for (int i = 0; i < op.operandCount(); i++) {
                d[offset + 1 + i] = op.operandType(i).isRegister() ? it.registerIndex(i) : it.operand(i);
            }
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

    /** The register operand whose register sits at `index` of the register file: registerIndex undone. */
    public int registerOperand(int index) {
        if (index < 0) {
            return index; // <context>, <closure>
        }
        return index < parameterCount ? Register.RECEIVER + index : Register.local(index - parameterCount);
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

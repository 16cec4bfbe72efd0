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
     * The bytes themselves, for the interpreter's dispatch loop. Callers must not modify them;
     * handing out the array rather than a copy keeps dispatch free of indirection.
     */
    public byte[] codeForExecution() {
        return code;
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

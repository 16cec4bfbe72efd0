/*
 * The kinds of bytecode operand, after V8's interpreter/bytecode-operands.h.
 *
 * Scalable operands take 1 byte normally, 2 after a Wide prefix, 4 after ExtraWide; the
 * others have a fixed size. Registers are encoded as V8 encodes them (see Register), so the
 * hex bytes in --print-bytecode read like node's: r0 is fa, a0 is 03, <this> is 02.
 *
 * A register operand's type says which registers the bytecode reads and writes, and nothing
 * else does: the liveness analysis (analysis/BytecodeLiveness) takes reads and writes from
 * here. A list, pair or triple covers consecutive registers r, r+1, ... (operands v, v-1, ...).
 */
package dev.kindling.bytecode;

public enum OperandType {
    /** A register read by the bytecode. */
    Reg(true, true, true),
    /** A register written by the bytecode. */
    RegOut(true, true, true),
    /** A register read and then written by the bytecode (V8's kRegInOut: ForInStep's index). */
    RegInOut(true, true, true),
    /** The first of a list of consecutive registers; always followed by a RegCount. */
    RegList(true, true, true),
    /** The length of the preceding RegList. */
    RegCount(true, false, false),
    /** The first of two consecutive registers read (V8's kRegPair: ForInNext's cache pair). */
    RegPair(true, true, true),
    /** The first of two (Pair) or three (Triple) consecutive registers written. */
    RegOutPair(true, true, true),
    RegOutTriple(true, true, true),
    /** An index: constant pool entry, feedback slot, context slot. Printed as [n]. */
    Idx(true, false, false),
    /** An unsigned immediate: jump distance, context depth, count. */
    UImm(true, false, false),
    /** A signed immediate (LdaSmi [-1]). */
    Imm(true, true, false),
    /** An 8-bit flag set, printed as #n. */
    Flag8(false, false, false),
    /** A runtime function id (RuntimeFunction ordinal), 2 bytes, printed by name. */
    RuntimeId(false, false, false),
    /** An intrinsic id (Intrinsic ordinal), 1 byte, printed as V8 prints it: [_Name]. */
    IntrinsicId(false, false, false);

    private final boolean scalable;
    private final boolean signed;
    private final boolean register;

    OperandType(boolean scalable, boolean signed, boolean register) {
        this.scalable = scalable;
        this.signed = signed;
        this.register = register;
    }

    public boolean isScalable() {
        return scalable;
    }

    public boolean isSigned() {
        return signed;
    }

    public boolean isRegister() {
        return register;
    }

    /** Registers of this type the bytecode reads (a RegList's count is its RegCount operand). */
    public boolean readsRegisters() {
        return this == Reg || this == RegInOut || this == RegList || this == RegPair;
    }

    /** Registers of this type the bytecode writes. */
    public boolean writesRegisters() {
        return this == RegOut || this == RegInOut || this == RegOutPair || this == RegOutTriple;
    }

    /** How many consecutive registers an operand of this type covers; -1 for a RegList (its count). */
    public int registerSpan() {
        return switch (this) {
            case Reg, RegOut, RegInOut -> 1;
            case RegPair, RegOutPair -> 2;
            case RegOutTriple -> 3;
            case RegList -> -1;
            default -> 0;
        };
    }

    /** Bytes this operand takes at the given scale (1, 2 or 4). */
    public int size(int scale) {
        if (scalable) {
            return scale;
        }
        return this == RuntimeId ? 2 : 1;
    }
}

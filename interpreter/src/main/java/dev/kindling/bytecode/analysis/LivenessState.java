/*
 * What is live at one point of a function (V8's compiler/bytecode-liveness-map.h,
 * BytecodeLivenessState): the registers of the register file whose values a later bytecode
 * may read, and whether the accumulator is one of them. Immutable.
 *
 * <context> and <closure> are outside the register file and always live: every bytecode may
 * read the current context implicitly (context slots, closures, the unwinder), so, as in V8,
 * a frame state always carries them, whatever reads them as a register operand.
 */
package dev.kindling.bytecode.analysis;

public final class LivenessState {
    private final RegisterSet registers;
    private final boolean accumulator;
    private final int registerFileSize;

    LivenessState(RegisterSet registers, boolean accumulator, int registerFileSize) {
        this.registers = registers;
        this.accumulator = accumulator;
        this.registerFileSize = registerFileSize;
    }

    /** Whether register `registerIndex` (a register-file index; <context>, <closure> < 0) is live. */
    public boolean isRegisterLive(int registerIndex) {
        if (registerIndex < 0) {
            return true;
        }
        if (registerIndex >= registerFileSize) {
            throw new IllegalArgumentException("no register " + registerIndex + " in a file of " + registerFileSize);
        }
        return registers.contains(registerIndex);
    }

    public boolean isAccumulatorLive() {
        return accumulator;
    }

    /** The live registers of the register file. */
    public RegisterSet liveRegisters() {
        return registers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LivenessState s && s.accumulator == accumulator && s.registers.equals(registers);
    }

    @Override
    public int hashCode() {
        return registers.hashCode() * 2 + (accumulator ? 1 : 0);
    }
}

/*
 * How a bytecode uses the accumulator, as V8's bytecodes.h records it (ImplicitRegisterUse).
 * The disassembler does not need it; the graph builder of the optimizing compiler does.
 */
package dev.kindling.bytecode;

public enum AccumulatorUse {
    NONE, READ, WRITE, READ_WRITE;

    public boolean reads() {
        return this == READ || this == READ_WRITE;
    }

    public boolean writes() {
        return this == WRITE || this == READ_WRITE;
    }
}

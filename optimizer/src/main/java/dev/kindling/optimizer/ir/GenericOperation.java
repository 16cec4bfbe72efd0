/*
 * An operator bytecode on tagged values, run as the interpreter runs it (Maglev's GenericAdd
 * family): the node keeps the bytecode it stands for (Add, SubSmi, TestLessThan, Inc, ...) and
 * the code generator calls the same runtime function the interpreter's handler calls, so the
 * result is the interpreter's by construction. Used where feedback promises nothing better
 * (strings, objects with valueOf, mixed types); it may run JS (valueOf, toString) and throw.
 */
package dev.kindling.optimizer.ir;

import dev.kindling.bytecode.Bytecode;

public final class GenericOperation extends Node {
    private final Bytecode bytecode;

    public GenericOperation(Opcode opcode, Bytecode bytecode, Node... inputs) {
        super(opcode, inputs);
        this.bytecode = bytecode;
    }

    /** The operator bytecode this node performs (for the Smi forms, the right input is the constant). */
    public Bytecode bytecode() {
        return bytecode;
    }

    @Override
    public String details() {
        return bytecode.name();
    }
}

/*
 * A phi: the value of one interpreter register (or the accumulator) at the head of a block
 * where control merges, with input i coming from the block's predecessor i (Maglev's Phi).
 * A loop header's phis are made up front, before the loop body is built, for the registers
 * live at the header; their back-edge input is added when the builder reaches the JumpLoop.
 *
 * Representation: Tagged when built; RepresentationSelection makes a phi Int32 or Float64
 * when every input is one (or another such phi), so a loop counter lives in a JVM int.
 */
package dev.kindling.optimizer.ir;

public final class Phi extends Node {
    /** Which register-file slot the phi merges (-1 for the accumulator, -2 the context). */
    private final int register;

    public Phi(int register) {
        super(Opcode.Phi);
        setRepresentation(ValueRepresentation.TAGGED);
        this.register = register;
    }

    public int register() {
        return register;
    }

    public void addMergeInput(Node value) {
        addInput(value);
    }

    public void untag(ValueRepresentation representation) {
        setRepresentation(representation);
    }

    @Override
    public String details() {
        return register == -1 ? "acc" : register == -2 ? "<context>" : "r[" + register + "]";
    }
}

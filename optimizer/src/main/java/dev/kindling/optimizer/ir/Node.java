/*
 * One SSA node of the IR: its kind (Opcode), its value inputs, the representation of the value
 * it produces, and — for a node that can deoptimize — the FrameState the interpreter resumes
 * from. A node's id is its name in every dump (n12); ids are given in creation order, so a dump
 * reads top to bottom as the graph builder went.
 *
 * Subclasses are per family (Constant, Int32Operation, ...) and hold what the family needs
 * besides inputs (a constant's value, a field's slot...). A family's local simplification
 * (fold()) lives in its class, as in Cliff Click's Simple: the constant-folding pass only asks
 * each node.
 *
 * Assumes: inputs are set at creation and changed only through replaceInput (passes keep the
 * graph in SSA form: every input is defined on every path to its use).
 */
package dev.kindling.optimizer.ir;

import java.util.Arrays;
import java.util.List;

public class Node {
    private final Opcode opcode;
    private Node[] inputs;
    private ValueRepresentation representation;
    private int id = -1;
    private BasicBlock block;
    /** The bytecode this node was built for (its source position in traces); -1 for entry values. */
    private int bytecodeOffset = -1;
    /** For nodes that can deoptimize: where and in what state the interpreter resumes. */
    private FrameState frameState;
    /**
     * For a node that may throw inside a try range: the state before its bytecode, from which
     * the interpreter takes over at the range's handler when it throws (see setExceptionState).
     */
    private FrameState exceptionState;
    /** For checks: why a failure deoptimizes (for checks that fail in more than one way, the first). */
    private DeoptReason deoptReason;
    /**
     * For a node of an inlined callee's body: the EnterInlinedFrame of that callee (whose frame
     * the node's position is written to and whose frame its calls are made from); null for the
     * compiled function's own nodes.
     */
    private Node inlinedFrame;

    protected Node(Opcode opcode, Node... inputs) {
        this.opcode = opcode;
        this.inputs = inputs.clone();
        this.representation = opcode.representation();
    }

    public final Opcode opcode() {
        return opcode;
    }

    public final int id() {
        return id;
    }

    final void setId(int id) {
        this.id = id;
    }

    public final List<Node> inputs() {
        return Arrays.asList(inputs);
    }

    public final int inputCount() {
        return inputs.length;
    }

    public final Node input(int i) {
        return inputs[i];
    }

    public final void replaceInput(int i, Node value) {
        inputs[i] = value;
    }

    /** Appends an input (phis grow one input per predecessor as the builder reaches them). */
    protected final void addInput(Node value) {
        inputs = Arrays.copyOf(inputs, inputs.length + 1);
        inputs[inputs.length - 1] = value;
    }

    public final ValueRepresentation representation() {
        return representation;
    }

    /** Only for Phi, whose representation a pass chooses. */
    protected final void setRepresentation(ValueRepresentation representation) {
        this.representation = representation;
    }

    public final BasicBlock block() {
        return block;
    }

    final void setBlock(BasicBlock block) {
        this.block = block;
    }

    public final int bytecodeOffset() {
        return bytecodeOffset;
    }

    public final void setBytecodeOffset(int offset) {
        this.bytecodeOffset = offset;
    }

    public final FrameState frameState() {
        return frameState;
    }

    public final DeoptReason deoptReason() {
        return deoptReason;
    }

    /** Makes this node a deopt point: a failure resumes the interpreter in `state`, for `reason`. */
    public final void setDeopt(FrameState state, DeoptReason reason) {
        this.frameState = state;
        this.deoptReason = reason;
    }

    /**
     * Makes this node, which may throw a JS exception, one inside a try range: if it throws, the
     * function continues in the interpreter at the handler of `state`'s bytecode, from `state`
     * (optimized code deoptimizes to the handler rather than compiling it, as V8's Maglev
     * once did too).
     */
    public final void setExceptionState(FrameState state) {
        this.exceptionState = state;
    }

    public final FrameState exceptionState() {
        return exceptionState;
    }

    public final Node inlinedFrame() {
        return inlinedFrame;
    }

    public final void setInlinedFrame(Node enter) {
        this.inlinedFrame = enter;
    }

    public final boolean producesValue() {
        return representation != ValueRepresentation.NONE;
    }

    /**
     * A simpler node computing the same value, or this node (local simplification: constant
     * folding). The replacement may be a new node not yet in any block; the caller places it.
     */
    public Node fold() {
        return this;
    }

    /** What the printers show after the opcode besides the inputs (a constant, a slot, a name). */
    public String details() {
        return "";
    }

    @Override
    public String toString() {
        return "n" + id;
    }
}

/*
 * The last node of a block: Jump and JumpLoop (one successor), Branch (on a bit input: the
 * first successor when set, else the second), Return (the tagged input leaves the function),
 * Throw (it leaves as a JS exception) and Deopt (unconditional, with a FrameState). Maglev's ControlNode family.
 */
package dev.kindling.optimizer.ir;

import java.util.List;

public final class ControlNode extends Node {
    private final BasicBlock[] successors;
    /** For Switch: the case value of its first successor. */
    private final int caseBase;

    private ControlNode(Opcode opcode, BasicBlock[] successors, Node... inputs) {
        this(opcode, successors, 0, inputs);
    }

    private ControlNode(Opcode opcode, BasicBlock[] successors, int caseBase, Node... inputs) {
        super(opcode, inputs);
        this.successors = successors;
        this.caseBase = caseBase;
    }

    /** A switch on a tagged value: successor k for the Smi caseBase + k, the last one otherwise. */
    public static ControlNode switchOnSmi(Node value, int caseBase, BasicBlock[] cases, BasicBlock fallThrough) {
        BasicBlock[] all = java.util.Arrays.copyOf(cases, cases.length + 1);
        all[cases.length] = fallThrough;
        return new ControlNode(Opcode.Switch, all, caseBase, value);
    }

    public int caseBase() {
        return caseBase;
    }

    public static ControlNode jump(BasicBlock target) {
        return new ControlNode(Opcode.Jump, new BasicBlock[]{target});
    }

    public static ControlNode jumpLoop(BasicBlock header) {
        return new ControlNode(Opcode.JumpLoop, new BasicBlock[]{header});
    }

    public static ControlNode branch(Node condition, BasicBlock ifTrue, BasicBlock ifFalse) {
        return new ControlNode(Opcode.Branch, new BasicBlock[]{ifTrue, ifFalse}, condition);
    }

    public static ControlNode ret(Node value) {
        return new ControlNode(Opcode.Return, new BasicBlock[0], value);
    }

    public static ControlNode throwValue(Node value) {
        return new ControlNode(Opcode.Throw, new BasicBlock[0], value);
    }

    public static ControlNode deopt() {
        return new ControlNode(Opcode.Deopt, new BasicBlock[0]);
    }

    public List<BasicBlock> successors() {
        return List.of(successors);
    }

    /** Points successor `i` elsewhere (a pass that skips an empty block). */
    public void setSuccessor(int i, BasicBlock target) {
        successors[i] = target;
    }

    @Override
    public String details() {
        StringBuilder s = new StringBuilder();
        for (BasicBlock b : successors) {
            s.append(s.length() == 0 ? "→ " : ", ").append(b);
        }
        return s.toString();
    }
}

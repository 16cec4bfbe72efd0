/*
 * The last node of a block: Jump and JumpLoop (one successor), Branch (on a bit input: the
 * first successor when set, else the second), Return (the tagged input leaves the function),
 * Throw (it leaves as a JS exception) and Deopt (unconditional, with a FrameState). Maglev's ControlNode family.
 */
package dev.kindling.optimizer.ir;

import java.util.List;

public final class ControlNode extends Node {
    private final BasicBlock[] successors;

    private ControlNode(Opcode opcode, BasicBlock[] successors, Node... inputs) {
        super(opcode, inputs);
        this.successors = successors;
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

/*
 * A basic block of the IR: phis at its head, then straight-line nodes, then exactly one control
 * node (Jump, JumpLoop, Branch, Return, Deopt) naming its successors. Predecessors are in the
 * order the phis' inputs are: input i of every phi of this block comes from predecessor i.
 * A loop header's last predecessor is its back edge (JumpLoop).
 *
 * Guarantees: blocks are numbered in bytecode order (the graph builder's one forward walk), so
 * every forward edge goes to a higher id and only JumpLoop goes back.
 */
package dev.kindling.optimizer.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public final class BasicBlock {
    private int id;
    /** The bytecode offset this block starts at. */
    private final int bytecodeOffset;
    private final boolean loopHeader;
    private final List<Phi> phis = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<BasicBlock> predecessors = new ArrayList<>();
    private ControlNode control;

    BasicBlock(int id, int bytecodeOffset, boolean loopHeader) {
        this.id = id;
        this.bytecodeOffset = bytecodeOffset;
        this.loopHeader = loopHeader;
    }

    public int id() {
        return id;
    }

    void renumber(int id) {
        this.id = id;
    }

    public int bytecodeOffset() {
        return bytecodeOffset;
    }

    public boolean isLoopHeader() {
        return loopHeader;
    }

    public List<Phi> phis() {
        return phis;
    }

    /** The straight-line nodes, in order (a pass may remove or replace entries). */
    public List<Node> nodes() {
        return nodes;
    }

    public ControlNode control() {
        return control;
    }

    public List<BasicBlock> predecessors() {
        return Collections.unmodifiableList(predecessors);
    }

    public List<BasicBlock> successors() {
        return control == null ? List.of() : control.successors();
    }

    void addPredecessor(BasicBlock b) {
        predecessors.add(b);
    }

    void addPhi(Phi phi) {
        phis.add(phi);
        phi.setBlock(this);
    }

    void append(Node node) {
        nodes.add(node);
        node.setBlock(this);
    }

    /** Inserts a node before position `index` of nodes() (passes placing a replacement). */
    public void insert(int index, Node node) {
        nodes.add(index, node);
        node.setBlock(this);
    }

    void setControl(ControlNode control) {
        this.control = control;
        control.setBlock(this);
    }

    @Override
    public String toString() {
        return "b" + id;
    }
}

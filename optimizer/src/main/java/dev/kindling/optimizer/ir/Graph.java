/*
 * The IR of one function being optimized: its blocks in bytecode order (block 0 is the entry),
 * and the values that exist at entry (the parameters, the closure and its context). Nodes get
 * their ids here, in creation order.
 *
 * Guarantees: after the graph builder, every block ends in a control node, every phi has one
 * input per predecessor of its block, and every node's inputs are defined before it on every
 * path (SSA).
 */
package dev.kindling.optimizer.ir;

import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.SharedFunctionInfo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public final class Graph {
    private final SharedFunctionInfo shared;
    private final BytecodeArray bytecode;
    private final List<BasicBlock> blocks = new ArrayList<>();
    private int nextNodeId;
    /**
     * What the code assumes without checking it (V8's CompilationDependencies): the prototype
     * validity cells its loads from prototypes trust, the field representations its untagged
     * field loads trust. The installed code registers with each (CompilationDependency.install)
     * and deopts lazily when one breaks.
     */
    private final List<CompilationDependency> dependencies = new ArrayList<>();

    public Graph(SharedFunctionInfo shared) {
        this.shared = shared;
        this.bytecode = shared.bytecode();
    }

    /** Records that the code assumes `cell` stays valid (once per cell). */
    public void dependOnPrototypeChain(dev.kindling.runtime.ValidityCell cell) {
        depend(new CompilationDependency.PrototypeProperty(cell));
    }

    /** Records that the code assumes field `slot` of `shape` stays within `representation` (once each). */
    public void dependOnFieldRepresentation(dev.kindling.runtime.Shape shape, int slot,
                                            dev.kindling.runtime.Representation representation) {
        depend(new CompilationDependency.FieldRepresentation(shape, slot, representation));
    }

    private void depend(CompilationDependency dependency) {
        if (!dependencies.contains(dependency)) {
            dependencies.add(dependency);
        }
    }

    public List<CompilationDependency> dependencies() {
        return Collections.unmodifiableList(dependencies);
    }

    public SharedFunctionInfo shared() {
        return shared;
    }

    public BytecodeArray bytecode() {
        return bytecode;
    }

    public List<BasicBlock> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    public BasicBlock entry() {
        return blocks.get(0);
    }

    public BasicBlock newBlock(int bytecodeOffset, boolean loopHeader) {
        BasicBlock b = new BasicBlock(blocks.size(), bytecodeOffset, loopHeader);
        blocks.add(b);
        return b;
    }

    /**
     * A new block at position `index` of the block list (an inlined callee's blocks go right
     * after its call's block, so the list stays in the order control reaches them); ids are
     * given again in order when the builder is done (retainBlocks).
     */
    public BasicBlock newBlock(int index, int bytecodeOffset, boolean loopHeader) {
        BasicBlock b = new BasicBlock(blocks.size(), bytecodeOffset, loopHeader);
        blocks.add(index, b);
        return b;
    }

    /** Gives `node` its id and appends it to `block`'s straight-line nodes. */
    public <N extends Node> N append(BasicBlock block, N node) {
        number(node);
        block.append(node);
        return node;
    }

    /** Gives `node` its id and inserts it in `block` before position `index` (a pass's new node). */
    public <N extends Node> N insert(BasicBlock block, int index, N node) {
        number(node);
        block.insert(index, node);
        return node;
    }

    public Phi addPhi(BasicBlock block, Phi phi) {
        number(phi);
        block.addPhi(phi);
        return phi;
    }

    /** Ends `block` with `control`, recording `block` as a predecessor of each successor. */
    public void setControl(BasicBlock block, ControlNode control) {
        number(control);
        block.setControl(control);
        for (BasicBlock s : control.successors()) {
            s.addPredecessor(block);
        }
    }

    private void number(Node node) {
        if (node.id() < 0) {
            node.setId(nextNodeId++);
        }
    }

    /** The number of node ids given so far (ids are below it). */
    public int nodeIdBound() {
        return nextNodeId;
    }

    /** Drops the blocks not in `keep` (never reached), keeping order; the rest are numbered again from 0. */
    public void retainBlocks(java.util.Set<BasicBlock> keep) {
        blocks.retainAll(keep);
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).renumber(i);
        }
    }

    /** Every node of every block: phis, straight-line nodes and control, in block order. */
    public java.util.List<Node> allNodes() {
        java.util.List<Node> all = new java.util.ArrayList<>();
        for (BasicBlock b : blocks) {
            all.addAll(b.phis());
            all.addAll(b.nodes());
            if (b.control() != null) {
                all.add(b.control());
            }
        }
        return all;
    }

    /** Makes every input and FrameState value that is `old` be `replacement` instead. */
    public void replaceAllUses(Node old, Node replacement) {
        java.util.Set<FrameState> states = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Node n : allNodes()) {
            for (int i = 0; i < n.inputCount(); i++) {
                if (n.input(i) == old) {
                    n.replaceInput(i, replacement);
                }
            }
            if (n.frameState() != null) {
                states.add(n.frameState());
            }
            if (n.exceptionState() != null) {
                states.add(n.exceptionState());
            }
        }
        for (FrameState s : states) {
            s.replaceValues(v -> v == old ? replacement : v);
        }
    }

    /** Removes `phi` from its block (after its uses were replaced). */
    public void removePhi(Phi phi) {
        phi.block().phis().remove(phi);
    }
}

/*
 * Dead code elimination: a node whose value nothing uses and that has no effect (Opcode's
 * table: pure and READ nodes) goes. Live are the control nodes and every node with an effect
 * (writes, calls, checks), and transitively their inputs and the values of their FrameStates.
 * Phis are treated like any value: a loop phi only its own back edge uses is dead.
 *
 * Assumes: SSA. Guarantees: every remaining node is an effect or reaches one through inputs or
 * FrameStates.
 */
package dev.kindling.optimizer.passes;

import dev.kindling.optimizer.ir.BasicBlock;
import dev.kindling.optimizer.ir.Graph;
import dev.kindling.optimizer.ir.Node;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

public final class DeadCodeElimination implements Pass {
    @Override
    public String name() {
        return "DeadCodeElimination";
    }

    @Override
    public void run(Graph graph) {
        Set<Node> live = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Node> work = new ArrayDeque<>();
        for (Node n : graph.allNodes()) {
            if (n.opcode().hasEffect()) {
                live.add(n);
                work.add(n);
            }
        }
        while (!work.isEmpty()) {
            Node n = work.poll();
            for (Node in : n.inputs()) {
                if (live.add(in)) {
                    work.add(in);
                }
            }
            for (dev.kindling.optimizer.ir.FrameState state : new dev.kindling.optimizer.ir.FrameState[]{
                    n.frameState(), n.exceptionState()}) {
                if (state == null) {
                    continue;
                }
                for (Node v : state.values()) {
                    if (live.add(v)) {
                        work.add(v);
                    }
                }
            }
        }
        for (BasicBlock b : graph.blocks()) {
            b.nodes().removeIf(n -> !live.contains(n));
            b.phis().removeIf(p -> !live.contains(p));
        }
    }
}

/*
 * Dead code elimination: a node whose value nothing uses and that has no effect (Opcode's
 * table: pure and READ nodes) goes. Live are the control nodes and every node with an effect
 * (writes, calls, checks), and transitively their inputs and the values of their FrameStates.
 * Phis are treated like any value: a loop phi only its own back edge uses is dead.
 *
 * First, a FrameState that holds a conversion to tagged (Int32ToNumber, Float64ToTagged,
 * BitToBoolean) holds the conversion's input instead: a deopt exit boxes every value it puts in
 * the register file itself (the same Numbers.smi / normalize / Boolean.valueOf), so a number
 * boxed only for the states that might need it — a loop variable an inlined callee returned,
 * live across the next check — is boxed only if the code deopts, not on every iteration (V8's
 * deopt frames hold untagged values too).
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
        for (Node n : graph.allNodes()) {
            for (dev.kindling.optimizer.ir.FrameState state : new dev.kindling.optimizer.ir.FrameState[]{
                    n.frameState(), n.exceptionState()}) {
                if (state != null) {
                    state.replaceValues(DeadCodeElimination::untagged);
                }
            }
        }
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

    /** The value a state can hold in place of `v`: a conversion's input, which the exit boxes alike. */
    private static Node untagged(Node v) {
        return switch (v.opcode()) {
            case Int32ToNumber, Float64ToTagged, BitToBoolean -> v.input(0);
            default -> v;
        };
    }
}

/*
 * One pass over the IR: its name (as --print-ir and --trace-opt print it) and what it does.
 * A pass keeps the graph's invariants (Graph.java): SSA, one control node per block, phis with
 * one input per predecessor.
 */
package dev.kindling.optimizer.passes;

import dev.kindling.optimizer.ir.Graph;

public interface Pass {
    String name();

    void run(Graph graph);
}

/**
 * Building the IR from bytecode and feedback (DESIGN.md stage 6; Maglev's
 * maglev-graph-builder.cc). Start at {@link dev.kindling.optimizer.graph.GraphBuilder}.
 */
package dev.kindling.optimizer.graph;

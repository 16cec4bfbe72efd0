/*
 * The Graphviz form of the IR (--print-ir=dot:DIR writes one file per phase): one record node
 * per basic block listing its nodes as IrPrinter prints them (without FrameStates, which would
 * drown the picture), and an edge per control-flow successor — dashed for a loop's back edge.
 */
package dev.kindling.optimizer.print;

import dev.kindling.optimizer.ir.BasicBlock;
import dev.kindling.optimizer.ir.Graph;
import dev.kindling.optimizer.ir.Node;
import dev.kindling.optimizer.ir.Opcode;

import java.util.ArrayList;
import java.util.List;

public final class DotPrinter {
    private DotPrinter() {
    }

    public static String print(Graph graph, String phase) {
        StringBuilder s = new StringBuilder();
        s.append("digraph \"").append(IrPrinter.functionName(graph)).append(" after ").append(phase).append("\" {\n");
        s.append("  node [shape=box, fontname=\"monospace\", fontsize=10];\n");
        for (BasicBlock b : graph.blocks()) {
            List<Node> all = new ArrayList<>(b.phis());
            all.addAll(b.nodes());
            if (b.control() != null) {
                all.add(b.control());
            }
            StringBuilder label = new StringBuilder(b + " @" + b.bytecodeOffset()
                    + (b.isLoopHeader() ? " (loop header)" : "") + "\\l");
            for (Node n : all) {
                label.append(escape(n + ": " + n.opcode() + " " + n.details() + " " + inputs(n))).append("\\l");
            }
            s.append("  ").append(b).append(" [label=\"").append(label).append("\"];\n");
            for (BasicBlock succ : b.successors()) {
                boolean back = b.control().opcode() == Opcode.JumpLoop;
                s.append("  ").append(b).append(" -> ").append(succ).append(back ? " [style=dashed]" : "").append(";\n");
            }
        }
        return s.append("}\n").toString();
    }

    private static String inputs(Node n) {
        StringBuilder s = new StringBuilder();
        for (Node in : n.inputs()) {
            s.append(s.length() == 0 ? "" : ", ").append(in);
        }
        return s.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\<").replace(">", "\\>")
                .replace("{", "\\{").replace("}", "\\}").replace("|", "\\|");
    }
}

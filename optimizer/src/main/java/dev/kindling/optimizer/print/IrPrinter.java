/*
 * The text form of the IR (--print-ir), in the spirit of V8's --print-maglev-graph: one block
 * after another in bytecode order, with its predecessors; each node as
 *
 *     n7: Int32AddWithOverflow n5, n6 → Int32   @12 ↯ overflow {a0: n1, r0: n4, acc: n6}
 *
 * its id, its kind and details, its inputs, the representation it produces, the bytecode
 * offset it was built for, and for a node that can deoptimize its reason and FrameState (the
 * live registers, named as in --print-bytecode, and the accumulator). Golden files of this
 * output pin the graph builder and each pass, so the format is part of the project's tests.
 */
package dev.kindling.optimizer.print;

import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.optimizer.ir.BasicBlock;
import dev.kindling.optimizer.ir.FrameState;
import dev.kindling.optimizer.ir.Graph;
import dev.kindling.optimizer.ir.Node;
import dev.kindling.optimizer.ir.Phi;

public final class IrPrinter {
    private IrPrinter() {
    }

    /** The whole graph, headed `--- IR for NAME after PHASE ---`. */
    public static String print(Graph graph, String phase) {
        StringBuilder s = new StringBuilder();
        s.append("--- IR for ").append(functionName(graph)).append(" after ").append(phase).append(" ---\n");
        for (BasicBlock b : graph.blocks()) {
            s.append("Block ").append(b).append(" @").append(b.bytecodeOffset());
            if (b.isLoopHeader()) {
                s.append(" (loop header)");
            }
            if (!b.predecessors().isEmpty()) {
                s.append(" ←");
                for (int i = 0; i < b.predecessors().size(); i++) {
                    s.append(i == 0 ? " " : ", ").append(b.predecessors().get(i));
                }
            }
            s.append('\n');
            for (Phi phi : b.phis()) {
                line(s, graph, phi);
            }
            for (Node n : b.nodes()) {
                line(s, graph, n);
            }
            if (b.control() != null) {
                line(s, graph, b.control());
            }
        }
        return s.toString();
    }

    public static String functionName(Graph graph) {
        String name = graph.shared().name();
        return name == null || name.isEmpty() ? "<anonymous>" : name;
    }

    private static void line(StringBuilder s, Graph graph, Node n) {
        s.append("  ").append(n).append(": ").append(n.opcode().name());
        String details = n.details();
        if (!details.isEmpty()) {
            s.append(' ').append(details);
        }
        for (int i = 0; i < n.inputCount(); i++) {
            s.append(i == 0 ? " " : ", ").append(n.input(i));
        }
        if (n.producesValue()) {
            s.append(" → ").append(n.representation().printName());
        }
        if (n.bytecodeOffset() >= 0) {
            s.append("   @").append(n.bytecodeOffset());
        }
        if (n.exceptionState() != null) {
            s.append(" ⤳ handler ").append(frameState(graph.bytecode(), n.exceptionState()));
        }
        if (n.frameState() != null) {
            s.append(" ↯ ").append(n.deoptReason().v8Name()).append(' ').append(frameState(graph.bytecode(), n.frameState()));
        }
        s.append('\n');
    }

    /**
     * `{a0: n1, r0: n4, acc: n6}`: the live values of a FrameState, by register name. A state in
     * an inlined callee names it and is followed by its callers' states, each after its call:
     * `inc {<this>: n9, a0: n10} ← twice after @4 {a0: n1}`.
     */
    public static String frameState(BytecodeArray bytecode, FrameState state) {
        String own = ownFrameState(state.function() == null ? bytecode : functionBytecode(state.function()), state);
        if (state.function() != null) {
            own = functionName(state.function()) + " " + own;
        }
        if (state.outer() == null) {
            return own;
        }
        FrameState outer = state.outer();
        String callers = frameState(bytecode, outer);
        int brace = callers.indexOf('{');
        return own + " ← " + callers.substring(0, brace) + "after @"
                + outer.bytecodeOffset() + " " + callers.substring(brace);
    }

    private static BytecodeArray functionBytecode(Object closure) {
        return ((dev.kindling.interpreter.JSClosure) closure).shared().bytecode();
    }

    private static String functionName(Object closure) {
        String name = ((dev.kindling.interpreter.JSClosure) closure).shared().name();
        return name == null || name.isEmpty() ? "<anonymous>" : name;
    }

    private static String ownFrameState(BytecodeArray bytecode, FrameState state) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < state.registerCount(); i++) {
            if (state.register(i) != null) {
                s.append(s.length() == 1 ? "" : ", ").append(registerName(bytecode, i)).append(": ")
                        .append(state.register(i));
            }
        }
        if (state.accumulator() != null) {
            s.append(s.length() == 1 ? "" : ", ").append("acc: ").append(state.accumulator());
        }
        return s.append('}').toString();
    }

    /** The --print-bytecode name of register-file slot `index`: <this>, a0..., r0.... */
    public static String registerName(BytecodeArray bytecode, int index) {
        if (index == 0) {
            return "<this>";
        }
        return index < bytecode.parameterCount() ? "a" + (index - 1) : "r" + (index - bytecode.parameterCount());
    }
}

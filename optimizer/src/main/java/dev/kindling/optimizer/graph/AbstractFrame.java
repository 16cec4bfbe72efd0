/*
 * The interpreter frame as the graph builder interprets it abstractly (Maglev's
 * InterpreterFrameState): for each register-file slot ([0] <this>, the parameters, then r0...)
 * the SSA node holding its value at the current bytecode, the accumulator's node and the current
 * context's node. Values may be in any representation; a merge tags them (GraphBuilder.merge).
 */
package dev.kindling.optimizer.graph;

import dev.kindling.optimizer.ir.Node;

final class AbstractFrame {
    final Node[] registers;
    Node accumulator;
    Node context;

    AbstractFrame(int size) {
        registers = new Node[size];
    }

    AbstractFrame copy() {
        AbstractFrame f = new AbstractFrame(registers.length);
        System.arraycopy(registers, 0, f.registers, 0, registers.length);
        f.accumulator = accumulator;
        f.context = context;
        return f;
    }
}

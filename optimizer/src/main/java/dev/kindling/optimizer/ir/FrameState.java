/*
 * What the interpreter needs to resume a function where optimized code gives up (DESIGN.md
 * stage 6; V8's DeoptFrame / Maglev's InterpretedDeoptFrame): the bytecode offset to resume at
 * and the SSA value of every live register of the register file, of the accumulator and of the
 * context. A register that is not live at the offset has no value here (null) and the
 * deoptimizer fills it with undefined: the interpreter never reads it before writing it.
 *
 * Eager deopts (a failed check) resume at the offset of the bytecode being executed, in the
 * state before it ran, and the interpreter runs that bytecode again from scratch. So every
 * check of one bytecode shares one FrameState, and no node with an effect may come before a
 * check of the same bytecode.
 *
 * outer is the caller's state for an inlined call (none yet: inlining is the next tier's).
 */
package dev.kindling.optimizer.ir;

import java.util.ArrayList;
import java.util.List;

public final class FrameState {
    private final int bytecodeOffset;
    /** By register-file index: [0] <this>, the parameters, then r0, r1, ...; null where not live. */
    private final Node[] registers;
    private Node accumulator;
    private Node context;
    private final FrameState outer;

    public FrameState(int bytecodeOffset, Node[] registers, Node accumulator, Node context, FrameState outer) {
        this.bytecodeOffset = bytecodeOffset;
        this.registers = registers.clone();
        this.accumulator = accumulator;
        this.context = context;
        this.outer = outer;
    }

    public int bytecodeOffset() {
        return bytecodeOffset;
    }

    public int registerCount() {
        return registers.length;
    }

    /** The value of register-file slot `index`, or null if the register is dead here. */
    public Node register(int index) {
        return registers[index];
    }

    public Node accumulator() {
        return accumulator;
    }

    public Node context() {
        return context;
    }

    public FrameState outer() {
        return outer;
    }

    /** Every value this state keeps alive (registers, accumulator, context), in that order. */
    public List<Node> values() {
        List<Node> values = new ArrayList<>();
        for (Node r : registers) {
            if (r != null) {
                values.add(r);
            }
        }
        if (accumulator != null) {
            values.add(accumulator);
        }
        values.add(context);
        return values;
    }

    /** Applies `replace` to every value in place (passes that swap one node for another). */
    public void replaceValues(java.util.function.UnaryOperator<Node> replace) {
        for (int i = 0; i < registers.length; i++) {
            if (registers[i] != null) {
                registers[i] = replace.apply(registers[i]);
            }
        }
        if (accumulator != null) {
            accumulator = replace.apply(accumulator);
        }
        context = replace.apply(context);
        if (outer != null) {
            outer.replaceValues(replace);
        }
    }
}

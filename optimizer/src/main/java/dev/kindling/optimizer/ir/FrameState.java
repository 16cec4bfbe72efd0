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
 * Inlined calls (V8's DeoptFrame with a parent): a state of a callee inlined into the function
 * being compiled names that callee (`function`, the closure CheckValue pinned) and has as its
 * outer the state of its caller at the call. That outer state is one "after the call": it holds
 * the caller's registers live after the call bytecode and no accumulator, because the
 * accumulator there is the call's result, which the deoptimizer gets by running the callee's
 * rebuilt frame to its end; the caller then resumes at the bytecode after the call. So a deopt
 * three frames deep rebuilds three interpreter frames, innermost first (Deoptimizer.java).
 * The outermost state (the compiled function's own) has no function: it is the frame's.
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
    /** The inlined callee this is a state of (a JSClosure), or null for the compiled function's own. */
    private final Object function;
    /** Whether this is a caller's state at an inlined call: resume after it, the accumulator its result. */
    private final boolean afterCall;
    /**
     * For a state after an inlined call: whether the call is a `new` (the result is then the
     * callee's result if that is an object, else the callee's receiver, as [[Construct]] gives).
     */
    private boolean afterConstruct;

    public FrameState(int bytecodeOffset, Node[] registers, Node accumulator, Node context, FrameState outer) {
        this(bytecodeOffset, registers, accumulator, context, outer, null, false);
    }

    public FrameState(int bytecodeOffset, Node[] registers, Node accumulator, Node context, FrameState outer,
                      Object function, boolean afterCall) {
        if (afterCall && accumulator != null) {
            throw new IllegalArgumentException("a state after an inlined call has the call's result as its accumulator");
        }
        this.bytecodeOffset = bytecodeOffset;
        this.registers = registers.clone();
        this.accumulator = accumulator;
        this.context = context;
        this.outer = outer;
        this.function = function;
        this.afterCall = afterCall;
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

    /** The inlined callee's closure, or null for the compiled function's own frame. */
    public Object function() {
        return function;
    }

    /** The caller's state at an inlined call (see the header): it resumes after the call with its result. */
    public boolean isAfterCall() {
        return afterCall;
    }

    public boolean isAfterConstruct() {
        return afterConstruct;
    }

    /** Makes this state after an inlined call one after an inlined `new`. */
    public FrameState afterConstruct() {
        if (!afterCall) {
            throw new IllegalStateException("only a state after an inlined call is after a construct");
        }
        afterConstruct = true;
        return this;
    }

    /** How many interpreter frames a deopt with this state rebuilds (1 + the inlined callers). */
    public int depth() {
        return outer == null ? 1 : 1 + outer.depth();
    }

    /**
     * Every value this state keeps alive (registers, accumulator, context), in that order, then
     * its outer states'.
     */
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
        if (outer != null) {
            values.addAll(outer.values());
        }
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

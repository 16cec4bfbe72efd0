/*
 * The values a function has before its first bytecode: the receiver and parameters
 * (Parameter, by register-file index: 0 is <this>, 1 is a0, ...), the running closure and the
 * context it was made in (Maglev's InitialValue / FunctionEntry values).
 */
package dev.kindling.optimizer.ir;

public final class EntryValue extends Node {
    private final int index;

    private EntryValue(Opcode opcode, int index) {
        super(opcode);
        this.index = index;
    }

    /** Register-file slot `index` at entry: 0 the receiver, i the parameter a(i−1). */
    public static EntryValue parameter(int index) {
        return new EntryValue(Opcode.Parameter, index);
    }

    public static EntryValue functionContext() {
        return new EntryValue(Opcode.FunctionContext, -1);
    }

    public static EntryValue newTarget() {
        return new EntryValue(Opcode.NewTarget, -1);
    }

    public static EntryValue closure() {
        return new EntryValue(Opcode.Closure, -1);
    }

    /** For a Parameter: its register-file slot. */
    public int index() {
        return index;
    }

    @Override
    public String details() {
        if (opcode() != Opcode.Parameter) {
            return "";
        }
        return index == 0 ? "<this>" : "a" + (index - 1);
    }
}

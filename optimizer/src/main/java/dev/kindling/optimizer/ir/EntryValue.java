/*
 * The values a function has before its first bytecode: the receiver and parameters
 * (Parameter, by register-file index: 0 is <this>, 1 is a0, ...), the running closure and the
 * context it was made in (Maglev's InitialValue / FunctionEntry values); for OSR code, the
 * values of the interpreter frame it replaces (OsrValue, by register-file index, or
 * ACCUMULATOR / CONTEXT).
 */
package dev.kindling.optimizer.ir;

public final class EntryValue extends Node {
    /** The OsrValue index of the interpreter frame's accumulator, and of its context. */
    public static final int ACCUMULATOR = -1;
    public static final int CONTEXT = -2;

    private final int index;
    /** How an OsrValue prints: the register's name. */
    private final String label;

    private EntryValue(Opcode opcode, int index) {
        this(opcode, index, null);
    }

    private EntryValue(Opcode opcode, int index, String label) {
        super(opcode);
        this.index = index;
        this.label = label;
    }

    /**
     * The interpreter frame's value of register-file slot `index` (or ACCUMULATOR, CONTEXT) at the
     * loop header OSR code enters at; `label` names it in dumps (r0, a1, <this>, <accumulator>).
     */
    public static EntryValue osrValue(int index, String label) {
        return new EntryValue(Opcode.OsrValue, index, label);
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

    /** For a Parameter or an OsrValue: its register-file slot (an OsrValue's may be ACCUMULATOR, CONTEXT). */
    public int index() {
        return index;
    }

    @Override
    public String details() {
        if (opcode() == Opcode.OsrValue) {
            return label;
        }
        if (opcode() != Opcode.Parameter) {
            return "";
        }
        return index == 0 ? "<this>" : "a" + (index - 1);
    }
}

/*
 * LoadTaggedField / LoadDoubleField / StoreTaggedField: slot [i] of a JSObject, read or written
 * directly (JSObject.slotValue / setSlotValue). Only ever built after a CheckMaps of the same
 * object on the same path, for shapes that all keep the property in that slot; a Double load
 * only where those shapes' field representation is Double (or Smi) and the code depends on it.
 */
package dev.kindling.optimizer.ir;

public final class FieldAccess extends Node {
    private final int slot;
    private final Object name;

    /** A load: inputs (object). */
    public static FieldAccess load(Node object, int slot, Object name) {
        return new FieldAccess(Opcode.LoadTaggedField, slot, name, object);
    }

    /** A load of a Double field as a float64: inputs (object). */
    public static FieldAccess loadDouble(Node object, int slot, Object name) {
        return new FieldAccess(Opcode.LoadDoubleField, slot, name, object);
    }

    /** A store: inputs (object, value). */
    public static FieldAccess store(Node object, Node value, int slot, Object name) {
        return new FieldAccess(Opcode.StoreTaggedField, slot, name, object, value);
    }

    private FieldAccess(Opcode opcode, int slot, Object name, Node... inputs) {
        super(opcode, inputs);
        this.slot = slot;
        this.name = name;
    }

    public int slot() {
        return slot;
    }

    @Override
    public String details() {
        return "[" + slot + "] " + name;
    }
}

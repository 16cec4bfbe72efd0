/*
 * LoadTaggedField / StoreTaggedField: slot [i] of a JSObject, read or written directly
 * (JSObject.slotValue / setSlotValue). Only ever built after a CheckMaps of the same object on
 * the same path, for shapes that all keep the property in that slot.
 *
 * A load also knows the field's representation on those shapes (V8's field representation:
 * Smi, Double, or nothing known), so a use that wants the value untagged takes it without a
 * check: UnsafeSmiUntag for an int32, UncheckedNumberToFloat64 for a float64
 * (GraphBuilder.int32 / float64). The first such use makes the code depend on the
 * representation (dependOnRepresentation); a load whose value is only ever used tagged
 * assumes nothing, and its code needs no lazy deopt points for it.
 */
package dev.kindling.optimizer.ir;

import dev.kindling.runtime.Representation;
import dev.kindling.runtime.Shape;

import java.util.List;

public final class FieldAccess extends Node {
    private final int slot;
    private final Object name;
    /** A load's field representation on `shapes` (Smi or Double), or Tagged: nothing known. */
    private final Representation representation;
    private final List<Shape> shapes;

    /** A load that knows nothing of the value: inputs (object). */
    public static FieldAccess load(Node object, int slot, Object name) {
        return new FieldAccess(Opcode.LoadTaggedField, slot, name, Representation.TAGGED, List.of(), object);
    }

    /**
     * A load of a field whose representation on every one of `shapes` (the CheckMaps' before
     * it) is within `representation`, Smi or Double: inputs (object).
     */
    public static FieldAccess load(Node object, int slot, Object name, Representation representation,
                                   List<Shape> shapes) {
        return new FieldAccess(Opcode.LoadTaggedField, slot, name, representation, shapes, object);
    }

    /** A store: inputs (object, value). */
    public static FieldAccess store(Node object, Node value, int slot, Object name) {
        return new FieldAccess(Opcode.StoreTaggedField, slot, name, Representation.TAGGED, List.of(), object, value);
    }

    private FieldAccess(Opcode opcode, int slot, Object name, Representation representation, List<Shape> shapes,
                        Node... inputs) {
        super(opcode, inputs);
        this.slot = slot;
        this.name = name;
        this.representation = representation;
        this.shapes = List.copyOf(shapes);
    }

    public int slot() {
        return slot;
    }

    /** What the loaded value is known to be: Smi (an int32), Double (a number), or Tagged (anything). */
    public Representation fieldRepresentation() {
        return representation;
    }

    /** Makes the code depend on the field staying within what this load knows (a use takes it untagged). */
    public void dependOnRepresentation(Graph graph) {
        for (Shape shape : shapes) {
            graph.dependOnFieldRepresentation(shape, slot, representation);
        }
    }

    @Override
    public String details() {
        return "[" + slot + "] " + name + (representation == Representation.TAGGED ? "" : " " + representation.v8Name());
    }
}

/*
 * Property accesses from their inline caches' feedback (Maglev's TryBuildPropertyLoad /
 * TryBuildPropertyStore / TryBuildElementAccess): what the interpreter's IC has seen decides
 * the nodes, and a CheckMaps (or a compilation dependency) guards the assumption.
 *
 *   GetNamedProperty, every shape's handler a LoadField at one slot   → CheckMaps + LoadTaggedField that
 *                                                                      knows the field's representation on
 *                                                                      those shapes (Smi, Double): its uses
 *                                                                      untag it with no check, the code
 *                                                                      depending on it (FieldAccess)
 *                     one shape, LoadPrototypeField (holder, slot)  → CheckMaps + LoadTaggedField of the
 *                                                                      holder, the code depending on the
 *                                                                      chain's validity cell (lazy deopt)
 *                     one shape, LoadArrayLength                    → CheckMaps + LoadArrayLength
 *                     the string map, LoadStringLength              → CheckString + StringLength
 *   (a check of the primitive string map alone is a CheckString: strings have no shape to compare)
 *   SetNamedProperty, every shape's handler a StoreField at one slot → CheckMaps + StoreTaggedField of
 *                                                                      the value checked to fit the field
 *                                                                      (Smi: CheckedSmiUntag, Double:
 *                                                                      CheckNumber), depending on it
 *   GetKeyedProperty / SetKeyedProperty, one array shape, Element    → CheckMaps + int32(key)
 *       the site's elements kind K (joined over what it saw)         [+ TransitionElementsKind, a store site
 *                                                                       that transitioned arrays to K]
 *                                                                      + CheckElementsKind(K [, packed K])
 *                                                                      + LoadArrayLength + CheckBounds
 *                                                                      [+ CheckNotHole, K holey; a store:
 *                                                                       CheckHoleFillable unless K is SMI]
 *                                                                      + LoadSmiElement (int32) /
 *                                                                        LoadFixedDoubleArrayElement (float64) /
 *                                                                        LoadFixedArrayElement (tagged),
 *                                                                        or the Store... of the value as
 *                                                                        the kind holds it (int32; a number:
 *                                                                        CheckNumber if tagged; tagged)
 *       no kind recorded, or a sparse array's                        + LoadElement / StoreElement (the IC's path)
 *   GetKeyedProperty / SetKeyedProperty, one name seen               → CheckValueEqualsString (CheckValue for a
 *                                                                      symbol) of the key + the named access
 *   anything else (megamorphic, accessors, transitions, mixed slots) → null: the caller emits
 *   or a site where code deoptimized before (FeedbackVector.deoptedAt)   the generic access
 *
 * Guarantees: every fast node is dominated by the checks that make it valid, all in the same
 * bytecode (they share its FrameState); nothing with an effect precedes them.
 */
package dev.kindling.optimizer.graph;

import dev.kindling.ic.Handler;
import dev.kindling.ic.IcState;
import dev.kindling.ic.PropertyFeedback;
import dev.kindling.optimizer.ir.CheckElementsKind;
import dev.kindling.optimizer.ir.CheckMaps;
import dev.kindling.optimizer.ir.CheckValue;
import dev.kindling.optimizer.ir.Conversion;
import dev.kindling.optimizer.ir.Constant;
import dev.kindling.optimizer.ir.DeoptReason;
import dev.kindling.optimizer.ir.ElementAccess;
import dev.kindling.optimizer.ir.FieldAccess;
import dev.kindling.optimizer.ir.Node;
import dev.kindling.optimizer.ir.Opcode;
import dev.kindling.optimizer.ir.TransitionElementsKind;
import dev.kindling.runtime.ElementsKind;
import dev.kindling.runtime.Representation;
import dev.kindling.runtime.Shape;

import java.util.List;

final class PropertySpeculation {
    private final GraphBuilder b;

    PropertySpeculation(GraphBuilder builder) {
        this.b = builder;
    }

    /** The value of `object.name` built from feedback, or null if the feedback allows no fast load. */
    Node load(Node object, Object name, PropertyFeedback site) {
        List<Shape> shapes = site.shapes();
        List<Handler> handlers = site.handlers();
        if (site.state() == IcState.MEGAMORPHIC || shapes.isEmpty() || !b.maySpeculate()) {
            return null;
        }
        int slot = commonSlot(handlers, true);
        if (slot >= 0) {
            checkMaps(object, shapes);
            Representation r = loadRepresentation(shapes, slot);
            return b.add(r == Representation.TAGGED ? FieldAccess.load(object, slot, name)
                    : FieldAccess.load(object, slot, name, r, shapes));
        }
        if (shapes.size() == 1 && handlers.get(0) instanceof Handler.LoadPrototypeField p && p.cell().isValid()) {
            // The chain is not checked again: the code depends on its validity cell and deopts
            // lazily when the chain changes (V8's PrototypePropertyDependency).
            checkMaps(object, shapes);
            b.graph().dependOnPrototypeChain(p.cell());
            return b.add(FieldAccess.load(b.constant(p.holder()), p.slot(), name));
        }
        if (shapes.size() == 1 && handlers.get(0) instanceof Handler.LoadStringLength) {
            checkMaps(object, shapes); // a CheckString: the shape is the primitive string map
            return b.add(new ElementAccess(Opcode.StringLength, b.tagged(object)));
        }
        if (shapes.size() == 1 && handlers.get(0) instanceof Handler.LoadArrayLength) {
            checkMaps(object, shapes);
            return b.addCheck(new ElementAccess(Opcode.LoadArrayLength, object),
                    DeoptReason.LostPrecision);
        }
        return null;
    }

    /** Builds `object.name = value` from feedback; false if the feedback allows no fast store. */
    boolean store(Node object, Object name, Node value, PropertyFeedback site) {
        if (site.state() == IcState.MEGAMORPHIC || site.shapes().isEmpty() || !b.maySpeculate()) {
            return false;
        }
        int slot = commonSlot(site.handlers(), false);
        if (slot < 0) {
            return false;
        }
        checkMaps(object, site.shapes());
        // The value must fit the field as the code knows it, so a store of the code's own never
        // generalizes a field the code reads untagged (no lazy deopt point follows a store).
        Node stored = switch (storeRepresentation(site.shapes(), slot)) {
            case SMI -> b.tagged(b.int32(value));
            case DOUBLE -> number(value);
            default -> value;
        };
        b.add(FieldAccess.store(object, b.tagged(stored), slot, name));
        return true;
    }

    /**
     * What a value stored into field `slot` of any of `shapes` must fit so that it generalizes
     * none of them: the narrowest of their representations (a field with none yet may take
     * anything: no code can depend on None). Each Smi or Double field is depended on as it is,
     * so a generalization elsewhere gets the code compiled again for it rather than deopting at
     * this check.
     */
    private Representation storeRepresentation(List<Shape> shapes, int slot) {
        Representation narrowest = Representation.TAGGED;
        for (Shape shape : shapes) {
            Representation r = shape.representationAt(slot);
            if (r == Representation.SMI || r == Representation.DOUBLE) {
                b.graph().dependOnFieldRepresentation(shape, slot, r);
                narrowest = r.includes(narrowest) ? narrowest : r;
            }
        }
        return narrowest;
    }

    /**
     * The representation field `slot` has on all of `shapes` (their join), for a load that
     * knows it: Smi or Double; None (no value stored yet) and Tagged tell nothing. The code
     * depends on it only once a use takes the value untagged (GraphBuilder.knownField).
     */
    private static Representation loadRepresentation(List<Shape> shapes, int slot) {
        Representation r = Representation.NONE;
        for (Shape shape : shapes) {
            r = r.join(shape.representationAt(slot));
        }
        return r == Representation.SMI || r == Representation.DOUBLE ? r : Representation.TAGGED;
    }

    /** Builds `object[key]` for a monomorphic array site; null if the site is not one. */
    Node loadElement(Node object, Node key, PropertyFeedback site) {
        if (!isArrayElementSite(site)) {
            return null;
        }
        checkMaps(object, site.shapes());
        Node index = b.int32(key);
        ElementsKind kind = site.elementsKind();
        if (kind == null || kind == ElementsKind.DICTIONARY_ELEMENTS) {
            return b.addCheck(new ElementAccess(Opcode.LoadElement, object, index), DeoptReason.OutOfBounds);
        }
        checkKindAndBounds(object, index, kind, false);
        Opcode load = kind.isSmi() ? Opcode.LoadSmiElement
                : kind.isDouble() ? Opcode.LoadFixedDoubleArrayElement : Opcode.LoadFixedArrayElement;
        return b.add(new ElementAccess(load, object, index));
    }

    /** Builds `object[key] = value` for a monomorphic array site; false if the site is not one. */
    boolean storeElement(Node object, Node key, Node value, PropertyFeedback site) {
        if (!isArrayElementSite(site)) {
            return false;
        }
        checkMaps(object, site.shapes());
        Node index = b.int32(key);
        ElementsKind kind = site.elementsKind();
        if (kind == null || kind == ElementsKind.DICTIONARY_ELEMENTS) {
            b.addCheck(new ElementAccess(Opcode.StoreElement, object, index, b.tagged(value)), DeoptReason.OutOfBounds);
            return true;
        }
        java.util.Set<ElementsKind> sources = site.elementsKindTransitionSources();
        if (!sources.isEmpty()) {
            b.add(new TransitionElementsKind(object, List.copyOf(sources), kind));
        }
        checkKindAndBounds(object, index, kind, true);
        if (kind.isSmi()) {
            b.add(new ElementAccess(Opcode.StoreSmiElement, object, index, b.int32(value)));
        } else if (kind.isDouble()) {
            b.add(new ElementAccess(Opcode.StoreFixedDoubleArrayElement, object, index, number(value)));
        } else {
            b.add(new ElementAccess(Opcode.StoreFixedArrayElement, object, index, b.tagged(value)));
        }
        return true;
    }

    /**
     * The checks that make a typed access to element [index] sound: the elements kind the site
     * recorded (and its packed twin), the index against the length, and, for a holey kind, that
     * the element is no hole (a load would have to look along the prototype chain: the
     * interpreter does that) or, before an ELEMENTS or DOUBLE store, a hole the store may fill
     * in place (CheckHoleFillable).
     */
    private void checkKindAndBounds(Node array, Node index, ElementsKind kind, boolean forStore) {
        List<ElementsKind> kinds = kind.isHoley() ? List.of(kind.toPacked(), kind) : List.of(kind);
        b.addCheck(new CheckElementsKind(array, kinds, forStore), DeoptReason.WrongMap);
        Node length = b.addCheck(new ElementAccess(Opcode.LoadArrayLength, array), DeoptReason.LostPrecision);
        b.addCheck(new ElementAccess(Opcode.CheckBounds, index, length), DeoptReason.OutOfBounds);
        if (kind.isHoley()) {
            Opcode check = forStore && !kind.isSmi() ? Opcode.CheckHoleFillable : Opcode.CheckNotHole;
            b.addCheck(new ElementAccess(check, array, index), DeoptReason.Hole);
        }
    }

    /**
     * A value for a double store: an untagged number as it is, a tagged one checked to be a
     * number unless it is a field load known to hold one.
     */
    Node number(Node value) {
        if (b.knownField(value, Representation.SMI) || b.knownField(value, Representation.DOUBLE)) {
            return value;
        }
        return switch (value.representation()) {
            case INT32, FLOAT64 -> value;
            default -> b.addCheck(new Conversion(Opcode.CheckNumber, b.tagged(value)), DeoptReason.NotAHeapNumber);
        };
    }

    /**
     * A keyed site that only ever saw one property name (`o[k]` with k always "x"): checks the
     * key is that name ("wrong value") and returns the name, so the access can be built as the
     * named one it is; null if the site is not such a site.
     */
    Object checkKeyName(Node key, PropertyFeedback site) {
        Object name = site.name();
        if (name == null || site.state() == IcState.MEGAMORPHIC || site.shapes().isEmpty() || !b.maySpeculate()) {
            return null;
        }
        Node tagged = b.tagged(key);
        b.addCheck(name instanceof String s ? CheckValue.equalsString(tagged, s) : new CheckValue(tagged, name),
                DeoptReason.WrongValue);
        return name;
    }

    private boolean isArrayElementSite(PropertyFeedback site) {
        // KeyedLoadIC/KeyedStoreIC give the Element handler to arrays only.
        return b.maySpeculate() && site.state() == IcState.MONOMORPHIC && site.handlers().size() == 1
                && site.handlers().get(0) instanceof Handler.Element && site.name() == null;
    }

    /**
     * The receiver checked to have one of `shapes`. The primitive string map alone is a
     * CheckString (a string has no shape to compare; V8 compares its string map); mixed with
     * object shapes it stays in the CheckMaps, which strings then fail.
     */
    private void checkMaps(Node object, List<Shape> shapes) {
        if (shapes.size() == 1 && shapes.get(0).isPrimitiveStringMap()) {
            b.addCheck(new Conversion(Opcode.CheckString, b.tagged(object)), DeoptReason.NotAString);
            return;
        }
        b.addCheck(new CheckMaps(object, shapes), DeoptReason.WrongMap);
    }

    /** The slot every handler loads (or stores) an own field at, or -1 if they differ or are not all fields. */
    private static int commonSlot(List<Handler> handlers, boolean load) {
        int slot = -1;
        for (Handler h : handlers) {
            int s;
            if (load && h instanceof Handler.LoadField f) {
                s = f.slot();
            } else if (!load && h instanceof Handler.StoreField f) {
                s = f.slot();
            } else {
                return -1;
            }
            if (slot >= 0 && s != slot) {
                return -1;
            }
            slot = s;
        }
        return slot;
    }
}

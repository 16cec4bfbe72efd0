/*
 * Property accesses from their inline caches' feedback (Maglev's TryBuildPropertyLoad /
 * TryBuildPropertyStore / TryBuildElementAccess): what the interpreter's IC has seen decides
 * the nodes, and a CheckMaps (or CheckValidityCell) guards the assumption.
 *
 *   GetNamedProperty, every shape's handler a LoadField at one slot   → CheckMaps + LoadTaggedField
 *                     one shape, LoadPrototypeField (holder, slot)  → CheckMaps + CheckValidityCell
 *                                                                      + LoadTaggedField of the holder
 *                     one shape, LoadArrayLength                    → CheckMaps + LoadArrayLength
 *   SetNamedProperty, every shape's handler a StoreField at one slot → CheckMaps + StoreTaggedField
 *   GetKeyedProperty / SetKeyedProperty, one array shape, Element    → CheckMaps + CheckedSmiUntag(key)
 *                                                                      + LoadElement / StoreElement
 *                                   (a load the IC saw on Smi arrays)  + LoadSmiElement, an int32
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
import dev.kindling.optimizer.ir.CheckMaps;
import dev.kindling.optimizer.ir.CheckValidityCell;
import dev.kindling.optimizer.ir.Constant;
import dev.kindling.optimizer.ir.DeoptReason;
import dev.kindling.optimizer.ir.FieldAccess;
import dev.kindling.optimizer.ir.Node;
import dev.kindling.optimizer.ir.Opcode;
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
            return b.add(FieldAccess.load(object, slot, name));
        }
        if (shapes.size() == 1 && handlers.get(0) instanceof Handler.LoadPrototypeField p) {
            checkMaps(object, shapes);
            b.addCheck(new CheckValidityCell(p.cell()), DeoptReason.WrongMap);
            return b.add(FieldAccess.load(b.constant(p.holder()), p.slot(), name));
        }
        if (shapes.size() == 1 && handlers.get(0) instanceof Handler.LoadArrayLength) {
            checkMaps(object, shapes);
            return b.addCheck(new dev.kindling.optimizer.ir.ElementAccess(Opcode.LoadArrayLength, object),
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
        b.add(FieldAccess.store(object, value, slot, name));
        return true;
    }

    /** Builds `object[key]` for a monomorphic array site; null if the site is not one. */
    Node loadElement(Node object, Node key, PropertyFeedback site) {
        if (!isArrayElementSite(site)) {
            return null;
        }
        checkMaps(object, site.shapes());
        Node index = b.int32(key);
        dev.kindling.runtime.ElementsKind kind = site.elementsKind();
        boolean smis = kind == dev.kindling.runtime.ElementsKind.PACKED_SMI_ELEMENTS
                || kind == dev.kindling.runtime.ElementsKind.HOLEY_SMI_ELEMENTS;
        return b.addCheck(new dev.kindling.optimizer.ir.ElementAccess(smis ? Opcode.LoadSmiElement : Opcode.LoadElement,
                object, index), DeoptReason.OutOfBounds);
    }

    /** Builds `object[key] = value` for a monomorphic array site; false if the site is not one. */
    boolean storeElement(Node object, Node key, Node value, PropertyFeedback site) {
        if (!isArrayElementSite(site)) {
            return false;
        }
        checkMaps(object, site.shapes());
        Node index = b.int32(key);
        b.addCheck(new dev.kindling.optimizer.ir.ElementAccess(Opcode.StoreElement, object, index, b.tagged(value)),
                DeoptReason.OutOfBounds);
        return true;
    }

    private boolean isArrayElementSite(PropertyFeedback site) {
        // KeyedLoadIC/KeyedStoreIC give the Element handler to arrays only.
        return b.maySpeculate() && site.state() == IcState.MONOMORPHIC && site.handlers().size() == 1
                && site.handlers().get(0) instanceof Handler.Element && site.name() == null;
    }

    private void checkMaps(Node object, List<Shape> shapes) {
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

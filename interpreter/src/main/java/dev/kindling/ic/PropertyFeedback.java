/*
 * The feedback of one property access site — a load, store, keyed or global IC — and its
 * state machine (DESIGN.md stage 4): uninitialized → monomorphic (one shape) → polymorphic
 * (up to MAX_POLYMORPHISM shapes, V8's kMaxPolymorphism) → megamorphic (the site gives up on
 * its own list and uses the engine's StubCache).
 *
 * Global ICs keep a property cell instead of shapes; keyed ICs also remember the one property
 * name they saw, and go megamorphic on a second name, as V8's keyed ICs do.
 */
package dev.kindling.ic;

import dev.kindling.runtime.Shape;

public final class PropertyFeedback {
    public static final int MAX_POLYMORPHISM = 4;

    IcState state = IcState.UNINITIALIZED;
    final Shape[] shapes = new Shape[MAX_POLYMORPHISM];
    final Handler[] handlers = new Handler[MAX_POLYMORPHISM];
    int count;
    /** Keyed ICs: the name (a String or a JSSymbol) they are monomorphic on, if keyed by one. */
    Object name;
    /** Global ICs: the cached property cell. */
    Object cell;
    /**
     * The monomorphic own-field case, unpacked so the interpreter can test it inline: while
     * the site is monomorphic with a LoadField or StoreField handler, the shape and the slot;
     * otherwise null and -1. (V8's interpreter gets the same effect from its IC handlers
     * being code.)
     */
    public Shape fieldShape;
    public int fieldSlot = -1;
    /** Likewise for keyed sites: while monomorphic with the Element handler, the shape; else null. */
    public Shape elementShape;

    public IcState state() {
        return state;
    }

    public int shapeCount() {
        return count;
    }

    public Shape shape(int i) {
        return shapes[i];
    }

    public Handler handler(int i) {
        return handlers[i];
    }

    public Object name() {
        return name;
    }

    public Object cell() {
        return cell;
    }

    Handler lookup(Shape shape) {
        for (int i = 0; i < count; i++) {
            if (shapes[i] == shape) {
                return handlers[i];
            }
        }
        return null;
    }

    /**
     * Records `handler` for `shape` (replacing a stale handler for the same shape) and moves
     * the state along the lattice; returns the previous state.
     */
    IcState update(Shape shape, Handler handler) {
        IcState old = state;
        if (state == IcState.MEGAMORPHIC) {
            return old;
        }
        for (int i = 0; i < count; i++) {
            if (shapes[i] == shape) {
                handlers[i] = handler;
                updateFieldCase();
                return old;
            }
        }
        if (count == MAX_POLYMORPHISM) {
            goMegamorphic();
            return old;
        }
        shapes[count] = shape;
        handlers[count] = handler;
        count++;
        state = count == 1 ? IcState.MONOMORPHIC : IcState.POLYMORPHIC;
        updateFieldCase();
        return old;
    }

    private void updateFieldCase() {
        int slot = -1;
        if (state == IcState.MONOMORPHIC) {
            if (handlers[0] instanceof Handler.LoadField f) {
                slot = f.slot();
            } else if (handlers[0] instanceof Handler.StoreField f) {
                slot = f.slot();
            }
        }
        fieldShape = slot >= 0 ? shapes[0] : null;
        fieldSlot = slot;
        elementShape = state == IcState.MONOMORPHIC && handlers[0] instanceof Handler.Element ? shapes[0] : null;
    }

    void goMegamorphic() {
        state = IcState.MEGAMORPHIC;
        fieldShape = null;
        fieldSlot = -1;
        elementShape = null;
        java.util.Arrays.fill(shapes, null);
        java.util.Arrays.fill(handlers, null);
        count = 0;
    }
}

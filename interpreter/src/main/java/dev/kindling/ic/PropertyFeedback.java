/*
 * The feedback of one property access site — a load, store, keyed or global IC — and its
 * state machine (DESIGN.md stage 4): uninitialized → monomorphic (one shape) → polymorphic
 * (up to MAX_POLYMORPHISM shapes, V8's kMaxPolymorphism) → megamorphic (the site gives up on
 * its own list and uses the engine's StubCache).
 *
 * Global ICs keep a property cell instead of shapes; keyed ICs also remember the one property
 * name they saw, and go megamorphic on a second name, as V8's keyed ICs do.
 *
 * Read from outside this package through accessors only: state(), shapes() and handlers()
 * (immutable lists, one handler per shape, in the order seen), handlerFor(shape), name(),
 * cell(). The optimizing tier reads a monomorphic field load as CheckMaps(shapes()) +
 * LoadField(((Handler.LoadField) handlers().get(0)).slot()); see Handler.kind().
 */
package dev.kindling.ic;

import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Shape;
import dev.kindling.runtime.ValidityCell;

public final class PropertyFeedback {
    public static final int MAX_POLYMORPHISM = 4;

    IcState state = IcState.UNINITIALIZED;
    final Shape[] shapes = new Shape[MAX_POLYMORPHISM];
    final Handler[] handlers = new Handler[MAX_POLYMORPHISM];
    int count;
    /** Keyed ICs: the name (a String or a JSSymbol) they are monomorphic on, if keyed by one. */
    Object name;
    /** Global ICs: the cached property cell. */
    JSObject.DictionaryEntry cell;
    /**
     * The monomorphic own-field case, unpacked so the interpreter can test it inline: while
     * the site is monomorphic with a LoadField or StoreField handler, the shape and the slot;
     * otherwise null and -1. (V8's interpreter gets the same effect from its IC handlers
     * being code.)
     */
    Shape fieldShape;
    int fieldSlot = -1;
    /** Likewise for keyed sites: while monomorphic with the Element handler, the shape; else null. */
    Shape elementShape;
    /**
     * Keyed sites: the elements kind of the arrays the site has seen on its slow path (V8 keeps
     * the kind in the map; Kindling's shapes do not hold it), joined over the lattice
     * (ElementsKind.join), or null before any. Every access the IC's inline fast path cannot
     * serve goes through the slow path, which records the kind — a store that transitions the
     * array records the kind it ends with — so a site that keeps one array in one kind ends up
     * with that kind here. A hint for the optimizing tier, which checks it again: an array that
     * generalizes while the site hits keeps its old kind here, and the compiled access
     * deoptimizes ("wrong map") once.
     */
    private dev.kindling.runtime.ElementsKind elementsKind;

    /** Records the elements kind of an array the site met on its slow path. */
    void recordElementsKind(dev.kindling.runtime.ElementsKind kind) {
        elementsKind = elementsKind == null ? kind : elementsKind.join(kind);
    }

    /**
     * Keyed store sites: the kinds arrays were in when a store here transitioned them (V8's IC
     * keeps the transition's source maps beside the target map), so optimized code can do the
     * transition itself (TransitionElementsKind) rather than deoptimize on each fresh array.
     */
    private java.util.EnumSet<dev.kindling.runtime.ElementsKind> transitionSources;

    void recordElementsKindTransition(dev.kindling.runtime.ElementsKind from) {
        if (transitionSources == null) {
            transitionSources = java.util.EnumSet.noneOf(dev.kindling.runtime.ElementsKind.class);
        }
        transitionSources.add(from);
    }

    /** The kinds a store at this site has transitioned arrays from (see recordElementsKindTransition). */
    public java.util.Set<dev.kindling.runtime.ElementsKind> elementsKindTransitionSources() {
        return transitionSources == null ? java.util.Set.of() : java.util.Collections.unmodifiableSet(transitionSources);
    }

    /** The join of the elements kinds the site has recorded (see recordElementsKind), or null. */
    public dev.kindling.runtime.ElementsKind elementsKind() {
        return elementsKind;
    }
    /**
     * The monomorphic prototype-constant case (a method found on the prototype, V8's
     * LoadHandler kind kField with a holder): while the site is monomorphic with a
     * LoadPrototypeField handler, the receiver shape, the holder, its slot and the chain's
     * validity cell; otherwise protoShape is null. A hit is one shape compare and one cell test.
     */
    Shape protoShape;
    JSObject protoHolder;
    int protoSlot;
    ValidityCell protoCell;
    /**
     * The monomorphic transitioning store (V8's map transition store): while the site is
     * monomorphic with a StoreTransition handler, the shape before, the shape after and the
     * validity cell (null if the chain need not be checked); otherwise transitionFrom is null.
     */
    Shape transitionFrom;
    Shape transitionTo;
    ValidityCell transitionCell;

    public IcState state() {
        return state;
    }

    /** The shapes seen, in order (empty when uninitialized or megamorphic); an immutable copy. */
    public java.util.List<Shape> shapes() {
        return java.util.List.of(java.util.Arrays.copyOf(shapes, count));
    }

    /** The handler of each of shapes(), at the same index; an immutable copy. */
    public java.util.List<Handler> handlers() {
        return java.util.List.of(java.util.Arrays.copyOf(handlers, count));
    }

    /** The handler recorded for `shape`, or null. */
    public Handler handlerFor(Shape shape) {
        return lookup(shape);
    }

    /**
     * The interpreter's inline own-field hit (see the fields): the monomorphic shape of a
     * LoadField or StoreField site, else null; and its slot. Plain accessors, which the JIT
     * inlines to the field loads they were.
     */
    public Shape fieldShape() {
        return fieldShape;
    }

    public int fieldSlot() {
        return fieldSlot;
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
        Handler.LoadPrototypeField p = state == IcState.MONOMORPHIC
                && handlers[0] instanceof Handler.LoadPrototypeField lp ? lp : null;
        protoShape = p == null ? null : shapes[0];
        protoHolder = p == null ? null : p.holder();
        protoSlot = p == null ? -1 : p.slot();
        protoCell = p == null ? null : p.cell();
        Handler.StoreTransition t = state == IcState.MONOMORPHIC
                && handlers[0] instanceof Handler.StoreTransition st ? st : null;
        transitionFrom = t == null ? null : shapes[0];
        transitionTo = t == null ? null : t.next();
        transitionCell = t == null ? null : t.cell();
    }

    void goMegamorphic() {
        state = IcState.MEGAMORPHIC;
        java.util.Arrays.fill(shapes, null);
        java.util.Arrays.fill(handlers, null);
        count = 0;
        updateFieldCase();
    }
}

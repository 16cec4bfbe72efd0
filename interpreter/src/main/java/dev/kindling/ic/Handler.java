/*
 * What an inline cache remembers for one shape: how to do the access without a lookup (V8's
 * IC handlers, src/ic/handler-configuration.h). A load or store IC keeps one handler per
 * receiver shape it has seen; the megamorphic stub cache keeps them per (shape, name).
 */
package dev.kindling.ic;

import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Shape;
import dev.kindling.runtime.ValidityCell;

public sealed interface Handler {
    /** Load: the receiver's own data property in slot `slot`. */
    record LoadField(int slot) implements Handler {}

    /**
     * Load: a data property of `holder`, a prototype of the receiver, in slot `slot`; valid
     * while `cell` (the receiver's prototype's validity cell) is.
     */
    record LoadPrototypeField(JSObject holder, int slot, ValidityCell cell) implements Handler {}

    /**
     * Load: an accessor property — the receiver's own (holder null) or a prototype's, in slot
     * `slot` — whose getter is called with the receiver as this (V8's kAccessorFromPrototype);
     * a prototype's is valid while `cell` is.
     */
    record LoadAccessor(JSObject holder, int slot, ValidityCell cell) implements Handler {}

    /** Load: no such property on the receiver or its chain, so undefined; valid while `cell` is. */
    record LoadMissing(ValidityCell cell) implements Handler {}

    /** Load: an array's length. */
    record LoadArrayLength() implements Handler {}

    /** Store: overwrite the receiver's own writable data property in slot `slot`. */
    record StoreField(int slot) implements Handler {}

    /**
     * Store: add the property, moving the receiver to shape `next` (one more slot); valid
     * while `cell` is (no setter or read-only property appeared on the chain).
     */
    record StoreTransition(Shape next, ValidityCell cell) implements Handler {}

    /** Element access (keyed ICs) on a receiver of this shape: through the elements store. */
    record Element() implements Handler {}

    /** Anything else: the generic path (accessors, dictionary mode, exotic objects). */
    record Slow() implements Handler {}

    Handler SLOW = new Slow();
    Handler ELEMENT = new Element();
    Handler ARRAY_LENGTH = new LoadArrayLength();

    /** A short name for --trace-ic and --print-feedback. */
    static String describe(Handler h) {
        if (h instanceof LoadField f) {
            return "field " + f.slot();
        }
        if (h instanceof LoadPrototypeField p) {
            return "field " + p.slot() + " of prototype " + p.holder().shape();
        }
        if (h instanceof LoadMissing) {
            return "missing";
        }
        if (h instanceof LoadAccessor a) {
            return a.holder() == null ? "accessor " + a.slot() : "accessor " + a.slot() + " of prototype " + a.holder().shape();
        }
        if (h instanceof LoadArrayLength) {
            return "array length";
        }
        if (h instanceof StoreField f) {
            return "field " + f.slot();
        }
        if (h instanceof StoreTransition t) {
            return "transition to " + t.next();
        }
        if (h instanceof Element) {
            return "element";
        }
        return "slow";
    }
}

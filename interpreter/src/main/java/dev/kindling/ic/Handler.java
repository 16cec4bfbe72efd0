/*
 * What an inline cache remembers for one shape: how to do the access without a lookup (V8's
 * IC handlers, src/ic/handler-configuration.h). A load or store IC keeps one handler per
 * receiver shape it has seen; the megamorphic stub cache keeps them per (shape, name).
 *
 * Each handler names its Kind (V8's LoadHandler::Kind / StoreHandler::Kind, see Kind), so a
 * reader — the optimizing tier, --print-feedback — can switch over kinds and then read the
 * record's components (slot, holder, validity cell, next shape).
 */
package dev.kindling.ic;

import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Shape;
import dev.kindling.runtime.ValidityCell;

public sealed interface Handler {
    /** What a handler does, with the V8 kind it corresponds to. */
    enum Kind {
        /** LoadField: V8's kField — the receiver's own data field, at a slot. */
        Field,
        /** LoadPrototypeField: V8's kField with a holder — a prototype's data field, valid while a cell is. */
        PrototypeField,
        /** LoadAccessor: V8's kAccessorFromPrototype (own or a prototype's getter). */
        Accessor,
        /** LoadMissing: V8's kNonExistent — undefined, valid while a cell is. */
        NonExistent,
        /** LoadArrayLength: V8 loads it as kField (an array's length is an in-object field); Kindling keeps it outside the slots. */
        ArrayLength,
        /** LoadStringLength: a primitive string's length (V8's LoadIC_StringLength builtin as the handler). */
        StringLength,
        /** StoreField: V8's StoreHandler kField. */
        StoreField,
        /** StoreTransition: V8's transitioning map handler — add the property, move to the next shape. */
        StoreTransition,
        /** Element: V8's kElement. */
        Element,
        /** Slow: V8's kSlow — the generic path. */
        Slow
    }

    /** This handler's kind. */
    Kind kind();

    /** Load: the receiver's own data property in slot `slot`. */
    record LoadField(int slot) implements Handler {
        @Override
        public Kind kind() {
            return Kind.Field;
        }
    }

    /**
     * Load: a data property of `holder`, a prototype of the receiver, in slot `slot`; valid
     * while `cell` (the receiver's prototype's validity cell) is.
     */
    record LoadPrototypeField(JSObject holder, int slot, ValidityCell cell) implements Handler {
        @Override
        public Kind kind() {
            return Kind.PrototypeField;
        }
    }

    /**
     * Load: an accessor property — the receiver's own (holder null) or a prototype's, in slot
     * `slot` — whose getter is called with the receiver as this (V8's kAccessorFromPrototype);
     * a prototype's is valid while `cell` is.
     */
    record LoadAccessor(JSObject holder, int slot, ValidityCell cell) implements Handler {
        @Override
        public Kind kind() {
            return Kind.Accessor;
        }
    }

    /** Load: no such property on the receiver or its chain, so undefined; valid while `cell` is. */
    record LoadMissing(ValidityCell cell) implements Handler {
        @Override
        public Kind kind() {
            return Kind.NonExistent;
        }
    }

    /** Load: an array's length. */
    record LoadArrayLength() implements Handler {
        @Override
        public Kind kind() {
            return Kind.ArrayLength;
        }
    }

    /** Load: a primitive string's length (the site's shape is InlineCaches.stringMap). */
    record LoadStringLength() implements Handler {
        @Override
        public Kind kind() {
            return Kind.StringLength;
        }
    }

    /** Store: overwrite the receiver's own writable data property in slot `slot`. */
    record StoreField(int slot) implements Handler {
        @Override
        public Kind kind() {
            return Kind.StoreField;
        }
    }

    /**
     * Store: add the property, moving the receiver to shape `next` (one more slot); valid
     * while `cell` is (no setter or read-only property appeared on the chain).
     */
    record StoreTransition(Shape next, ValidityCell cell) implements Handler {
        @Override
        public Kind kind() {
            return Kind.StoreTransition;
        }
    }

    /** Element access (keyed ICs) on a receiver of this shape: through the elements store. */
    record Element() implements Handler {
        @Override
        public Kind kind() {
            return Kind.Element;
        }
    }

    /** Anything else: the generic path (accessors, dictionary mode, exotic objects). */
    record Slow() implements Handler {
        @Override
        public Kind kind() {
            return Kind.Slow;
        }
    }

    Handler SLOW = new Slow();
    Handler ELEMENT = new Element();
    Handler ARRAY_LENGTH = new LoadArrayLength();
    Handler STRING_LENGTH = new LoadStringLength();

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
        if (h instanceof LoadStringLength) {
            return "string length";
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

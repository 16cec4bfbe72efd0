/*
 * Shape: V8's map (hidden class). It says which properties an object has, in which slot of
 * the object's slot array each one lives, with which attributes, and what the object's
 * prototype is.
 *
 * Shapes form a transition tree: the root shape for a prototype has no properties; adding
 * property `k` with attributes `a` to an object of shape S moves it to S's child for (k, a),
 * creating that child the first time. So objects that gain the same properties in the same
 * order share one shape, and a different order gives a different shape — the fact inline
 * caches rely on (see V8's "Fast properties" blog post and src/objects/map.h). A key is a
 * Name, as in V8: a String (compared by value) or a JSSymbol (compared by identity).
 *
 * A dictionary shape is the exception: an object that had a property deleted or grew past
 * MAX_FAST_PROPERTIES gets its own shape with no slots, and keeps its properties in a hash
 * table (JSObject.dictionary). Dictionary shapes are never shared.
 *
 * Slack tracking (V8's in-object slack tracking, simplified): the root shape of objects made
 * by `new C()` (V8's initial map of C) remembers how many slots such objects came to need (up
 * to MAX_SLACK), so the next one is allocated with that many and its constructor's field stores do not
 * regrow the slot array. Unlike V8 the slack is never shrunk back; it is only a size hint.
 *
 * Field representations (V8's Representation in each descriptor): each slot has a
 * FieldRepresentationCell saying whether the field has held only Smis, only numbers, or
 * anything. The cell is made by the transition that added the field and shared with every
 * shape below it, so generalizing a field (JSObject's stores do) changes it for the whole
 * subtree at once, in place, as V8's Map::GeneralizeField does; optimized code that read the
 * field untagged depends on the cell (see there).
 *
 * Guarantees: a shape is immutable once created except for its transition table, which only
 * grows, a root's slot hint, which only grows, and its fields' representations, which only
 * generalize; slot indices are dense 0..propertyCount-1 in insertion order.
 */
package dev.kindling.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

public final class Shape {
    /** V8 leaves fast mode at about this many named properties; we follow its order of size. */
    public static final int MAX_FAST_PROPERTIES = 128;

    /** Ids make shapes printable (--trace-ic, %DebugPrint); a documented global counter. */
    private static final AtomicInteger NEXT_ID = new AtomicInteger(1);
    private static final FieldRepresentationCell[] NO_FIELDS = new FieldRepresentationCell[0];

    private final int id = NEXT_ID.getAndIncrement();
    private final JSObject prototype;
    private final Shape parent;
    private final Object[] keys;
    private final int[] attributes;
    /** Per slot: the field's representation, shared down the transition tree (see the header). */
    private final FieldRepresentationCell[] fields;
    private final boolean dictionary;
    private boolean primitiveString;
    /** The root of this shape's transition tree (itself for a root). */
    private final Shape root;
    /** On a root: its child with "length" and "name", the shape functions start with (made on first use). */
    private Shape functionShape;
    /** On a root: whether slack tracking is on (a constructor's initial shape). */
    private boolean tracksSlack;
    /** On a root: how many slots to give a new object of this shape (slack tracking); 0 = none. */
    private int expectedSlots;
    /** Built on first lookup once the shape has more than a few properties. */
    private Map<Object, Integer> index;
    private Map<Object, Shape> transitions;

    private Shape(JSObject prototype, Shape parent, Object[] keys, int[] attributes,
                  FieldRepresentationCell[] fields, boolean dictionary) {
        this.prototype = prototype;
        this.parent = parent;
        this.keys = keys;
        this.attributes = attributes;
        this.fields = fields;
        this.dictionary = dictionary;
        this.root = parent == null ? this : parent.root;
    }

    /**
     * --dump-shapes: while a list is installed for the current thread, every root shape made
     * on it is added there (ShapeGraph prints the trees below them). A documented debugging
     * hook: per thread, so engines on other threads are unaffected; null (off) by default.
     */
    private static final ThreadLocal<java.util.List<Shape>> RECORDED_ROOTS = new ThreadLocal<>();

    /** A new root shape: no properties, the given prototype (null for Object.create(null)). */
    public static Shape root(JSObject prototype) {
        Shape root = new Shape(prototype, null, new Object[0], new int[0], NO_FIELDS, false);
        java.util.List<Shape> sink = RECORDED_ROOTS.get();
        if (sink != null) {
            sink.add(root);
        }
        return root;
    }

    /** Records the root shapes made from now on on this thread into `sink` (null stops). */
    public static void recordRootsOnThisThread(java.util.List<Shape> sink) {
        if (sink == null) {
            RECORDED_ROOTS.remove();
        } else {
            RECORDED_ROOTS.set(sink);
        }
    }

    /** A fresh, unshared dictionary-mode shape. */
    /**
     * The shape the inline caches key primitive strings on (V8's string maps): a root no object
     * ever has, marked so that optimized code checks "is a string" where a CheckMaps names it.
     */
    public static Shape primitiveStringMap(JSObject stringPrototype) {
        Shape map = new Shape(stringPrototype, null, new Object[0], new int[0], NO_FIELDS, false);
        map.primitiveString = true;
        return map;
    }

    /** Whether this is a primitiveStringMap: the shape of every primitive string, of no object. */
    public boolean isPrimitiveStringMap() {
        return primitiveString;
    }

    public static Shape dictionary(JSObject prototype) {
        return new Shape(prototype, null, new Object[0], new int[0], NO_FIELDS, true);
    }

    public int id() {
        return id;
    }

    /** The id the most recently made shape got (--dump-shapes tells the program's shapes from the realm's). */
    public static int lastId() {
        return NEXT_ID.get() - 1;
    }

    public JSObject prototype() {
        return prototype;
    }

    public Shape parent() {
        return parent;
    }

    public boolean isDictionary() {
        return dictionary;
    }

    /**
     * The shape a function made with this root shape has from creation: this root plus the
     * configurable "length" (slot 0) and "name" (slot 1) — V8's function maps come with both
     * descriptors, so making a closure needs no transition lookups. Only for fast roots.
     */
    public Shape functionShape() {
        Shape s = functionShape;
        if (s == null) {
            s = addProperty("length", PropertyAttributes.CONFIGURABLE).addProperty("name", PropertyAttributes.CONFIGURABLE);
            functionShape = s;
        }
        return s;
    }

    /** Slack tracking: the most slots an object of this root needs, as far as seen so far. */
    public static final int MAX_SLACK = 16;

    /** The slot capacity to allocate for a new object of this (root) shape; 0 for none. */
    public int initialSlots() {
        return expectedSlots;
    }

    /** Turns slack tracking on for this root: objects made by `new` start here. */
    void trackSlack() {
        tracksSlack = true;
    }

    /** Slack tracking: an object in this shape's tree needed `count` slots. */
    void noteSlotsNeeded(int count) {
        Shape r = root;
        if (r.tracksSlack && count > r.expectedSlots) {
            r.expectedSlots = Math.min(count, MAX_SLACK);
        }
    }

    public int propertyCount() {
        return keys.length;
    }

    /** A property key: a String or a JSSymbol. */
    public Object keyAt(int slot) {
        return keys[slot];
    }

    public int attributesAt(int slot) {
        return attributes[slot];
    }

    /** The representation field `slot` has held so far (over this shape's whole subtree). */
    public Representation representationAt(int slot) {
        return fields[slot].representation();
    }

    /** The cell of field `slot`: what its stores generalize and optimized code depends on. */
    public FieldRepresentationCell fieldAt(int slot) {
        return fields[slot];
    }

    /** The slot of `key`, or -1. */
    public int lookup(Object key) {
        Object[] ks = keys;
        if (ks.length <= 8) {
            for (int i = ks.length - 1; i >= 0; i--) {
                Object k = ks[i];
                if (k == key || (k instanceof String && k.equals(key))) {
                    return i;
                }
            }
            return -1;
        }
        Map<Object, Integer> idx = index;
        if (idx == null) {
            idx = new HashMap<>(ks.length * 2);
            for (int i = 0; i < ks.length; i++) {
                idx.put(ks[i], i);
            }
            index = idx;
        }
        Integer slot = idx.get(key);
        return slot == null ? -1 : slot;
    }

    /**
     * The shape an object of this shape has after adding `key` with `attrs`; the new property
     * takes slot propertyCount(). Only for fast shapes.
     */
    public Shape addProperty(Object key, int attrs) {
        Object transitionKey = attrs == PropertyAttributes.DEFAULT ? key : new AttributedKey(key, attrs);
        if (transitions == null) {
            transitions = new HashMap<>(4);
        }
        Shape next = transitions.get(transitionKey);
        if (next == null) {
            int n = keys.length;
            Object[] ks = java.util.Arrays.copyOf(keys, n + 1);
            int[] as = java.util.Arrays.copyOf(attributes, n + 1);
            FieldRepresentationCell[] fs = java.util.Arrays.copyOf(fields, n + 1);
            ks[n] = key;
            as[n] = attrs;
            fs[n] = new FieldRepresentationCell(); // this shape's child owns the new field
            next = new Shape(prototype, this, ks, as, fs, false);
            transitions.put(transitionKey, next);
        }
        return next;
    }

    /**
     * The transition key of a property added with other than default attributes (V8 keys
     * its transitions by name and attributes too); default ones are keyed by the name alone.
     */
    record AttributedKey(Object key, int attributes) {}

    /** The transitions out of this shape, for printing the transition tree. */
    public Map<Object, Shape> transitions() {
        return transitions == null ? Map.of() : java.util.Collections.unmodifiableMap(transitions);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Shape#").append(id);
        if (dictionary) {
            return sb.append("(dictionary)").toString();
        }
        sb.append('{');
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(keys[i]);
        }
        return sb.append('}').toString();
    }
}

/*
 * JSObject: a Shape plus a slot array (fast mode), or a hash table of properties (dictionary
 * mode). The operations here are the ECMA-262 ordinary-object internal methods
 * ([[GetOwnProperty]], [[Get]], [[Set]], [[DefineOwnProperty]], [[Delete]],
 * [[OwnPropertyKeys]]) for property keys; the slow, always-correct path under every inline
 * cache.
 *
 * Exotic objects (arrays, functions with a lazily made `prototype`, strings wrappers) override
 * the few hooks marked "exotic hook". Everything else derives from those.
 *
 * Assumes: keys are property keys, V8's Names: a String (integer-like keys are their canonical
 * decimal string, e.g. "1") or a JSSymbol.
 * Every store into a fast-mode slot goes through defineOwnProperty, applyTransition or
 * setSlotValue, and each first lets the field's representation take the value (Shape).
 *
 * Guarantees: ownKeys() lists the string keys in spec order — integer-like keys ascending,
 * then the other keys in insertion order; ownSymbolKeys() the symbols in insertion order
 * (together [[OwnPropertyKeys]]); an object never returns from dictionary mode to fast mode.
 */
package dev.kindling.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class JSObject {
    private static final Object[] NO_SLOTS = new Object[0];

    /**
     * A dictionary-mode property: its value (or AccessorPair) and attributes. An entry is also
     * what V8 calls a PropertyCell: a global load IC caches the entry itself and reads its
     * value directly until the property is deleted (the entry is then marked so).
     */
    public static final class DictionaryEntry {
        Object value;
        int attributes;
        boolean deleted;

        DictionaryEntry(Object value, int attributes) {
            this.value = value;
            this.attributes = attributes;
        }

        public Object value() {
            return value;
        }

        public int attributes() {
            return attributes;
        }

        public boolean isDeleted() {
            return deleted;
        }

        public void setValue(Object value) {
            this.value = value;
        }
    }

    /**
     * Prototype bookkeeping (V8's PrototypeInfo), made when an inline cache first asks for this
     * object's validity cell: the cell, and the objects whose prototype this is that have
     * cells of their own (so invalidating this one invalidates theirs).
     */
    private static final class PrototypeInfo {
        ValidityCell cell;
        /** hasNoElementsOnChain's answer, good while this cell is valid. */
        ValidityCell noElementsCell;
        boolean noElements;
        final java.util.List<java.lang.ref.WeakReference<JSObject>> users = new java.util.ArrayList<>();
    }

    Shape shape;
    Object[] slots;
    LinkedHashMap<Object, DictionaryEntry> dictionary;
    private boolean extensible = true;
    /** The root shape of objects whose prototype is this object. */
    private Shape childRootShape;
    private PrototypeInfo prototypeInfo;

    public JSObject(Shape shape) {
        this.shape = shape;
        int capacity = Math.max(shape.initialSlots(), shape.propertyCount() == 0 ? 0 : Math.max(4, shape.propertyCount()));
        this.slots = capacity == 0 ? NO_SLOTS : new Object[capacity];
        if (shape.isDictionary()) {
            dictionary = new LinkedHashMap<>();
        }
    }

    /** The shared root shape for objects created with this object as their prototype. */
    public final Shape childRootShape() {
        Shape s = childRootShape;
        if (s == null) {
            s = Shape.root(this);
            childRootShape = s;
        }
        return s;
    }

    public final Shape shape() {
        return shape;
    }

    public final JSObject getPrototype() {
        return shape.prototype();
    }

    // ---- prototype validity ---------------------------------------------------------------------

    /**
     * The validity cell of this object as a prototype: valid while this object and all its
     * prototypes keep their layout. Makes the cells up the chain on first use.
     */
    public final ValidityCell prototypeValidityCell() {
        PrototypeInfo info = prototypeInfo;
        if (info == null) {
            info = new PrototypeInfo();
            prototypeInfo = info;
        }
        if (info.cell == null) {
            info.cell = new ValidityCell();
            JSObject proto = getPrototype();
            if (proto != null) {
                proto.prototypeValidityCell();
                proto.prototypeInfo.users.add(new java.lang.ref.WeakReference<>(this));
            }
        }
        return info.cell;
    }

    /**
     * Whether this object and every object on its prototype chain have no elements (no
     * array-index properties), as V8's NoElementsProtector says of the initial Array.prototype
     * and Object.prototype: then a hole in an array with this prototype reads as undefined and
     * a store into it needs no look up the chain for a setter. Only plain objects qualify
     * (arrays, arguments objects and wrappers keep elements outside their layout); the answer
     * is cached with this object's prototype validity cell, which any change of layout on the
     * chain — an index property added included — invalidates.
     */
    public final boolean hasNoElementsOnChain() {
        PrototypeInfo info = prototypeInfo;
        if (info != null && info.noElementsCell != null && info.noElementsCell.isValid()) {
            return info.noElements;
        }
        boolean none = true;
        for (JSObject o = this; o != null && none; o = o.getPrototype()) {
            if (o.getClass() != JSObject.class) {
                none = false;
                continue; // ends the walk
            }
            for (Object key : o.ownKeysInInsertionOrder()) {
                if (key instanceof String s && ArrayIndex.parse(s) >= 0) {
                    none = false;
                    break;
                }
            }
        }
        ValidityCell cell = prototypeValidityCell(); // makes prototypeInfo
        prototypeInfo.noElementsCell = cell;
        prototypeInfo.noElements = none;
        return none;
    }

    /** Called on every change of layout: invalidates this object's cell and its users' cells. */
    private void layoutChanged() {
        PrototypeInfo info = prototypeInfo;
        if (info == null || info.cell == null) {
            return;
        }
        info.cell.invalidate();
        info.cell = null;
        java.util.List<java.lang.ref.WeakReference<JSObject>> users = new java.util.ArrayList<>(info.users);
        info.users.clear();
        for (java.lang.ref.WeakReference<JSObject> ref : users) {
            JSObject user = ref.get();
            if (user != null) {
                user.layoutChanged();
            }
        }
    }

    /** Changes the prototype: the object leaves its transition tree (goes to dictionary mode). */
    public void setPrototype(JSObject prototype) {
        if (prototype == shape.prototype()) {
            return;
        }
        layoutChanged();
        LinkedHashMap<Object, DictionaryEntry> props = snapshotProperties();
        shape = Shape.dictionary(prototype);
        slots = NO_SLOTS;
        dictionary = props;
    }

    public boolean isExtensible() {
        return extensible;
    }

    public void preventExtensions() {
        extensible = false;
    }

    /** The class name util.inspect and Object.prototype.toString use: "Object", "Array", ... */
    public String className() {
        return "Object";
    }

    // ---- own properties: the exotic hooks --------------------------------------------------

    /**
     * Exotic hook: the raw content of own property `key` (a value, or an AccessorPair when
     * getOwnAttributes says ACCESSOR), or null if there is no such own property.
     */
    public Object getOwnRaw(Object key) {
        if (dictionary != null) {
            DictionaryEntry e = dictionary.get(key);
            return e == null ? null : e.value;
        }
        int slot = shape.lookup(key);
        return slot < 0 ? null : slots[slot];
    }

    /** Exotic hook: the attributes of own property `key`, or -1 if absent. */
    public int getOwnAttributes(Object key) {
        if (dictionary != null) {
            DictionaryEntry e = dictionary.get(key);
            return e == null ? -1 : e.attributes;
        }
        int slot = shape.lookup(key);
        return slot < 0 ? -1 : shape.attributesAt(slot);
    }

    /**
     * Exotic hook: [[DefineOwnProperty]] without validation: creates `key` or replaces its
     * value and attributes. Returns false only where an exotic object refuses (e.g. an array
     * index past a frozen length).
     */
    public boolean defineOwnProperty(Object key, Object value, int attributes) {
        if (dictionary != null) {
            DictionaryEntry e = dictionary.get(key);
            if (e == null) {
                dictionary.put(key, new DictionaryEntry(value, attributes));
                layoutChanged();
            } else {
                if (e.attributes != attributes) {
                    layoutChanged();
                }
                e.value = value;
                e.attributes = attributes;
            }
            return true;
        }
        int slot = shape.lookup(key);
        if (slot >= 0) {
            if (shape.attributesAt(slot) == attributes) {
                shape.fieldAt(slot).store(value);
                slots[slot] = value;
            } else {
                toDictionaryMode();
                dictionary.get(key).value = value;
                dictionary.get(key).attributes = attributes;
            }
            return true;
        }
        if (shape.propertyCount() >= Shape.MAX_FAST_PROPERTIES) {
            toDictionaryMode();
            dictionary.put(key, new DictionaryEntry(value, attributes));
            return true;
        }
        addFastProperty(key, value, attributes);
        return true;
    }

    /** Exotic hook: removes own property `key` if configurable; false if it may not. */
    public boolean deleteOwn(Object key) {
        int attrs = getOwnAttributes(key);
        if (attrs < 0) {
            return true;
        }
        if (!PropertyAttributes.isConfigurable(attrs)) {
            return false;
        }
        toDictionaryMode();
        DictionaryEntry removed = dictionary.remove(key);
        if (removed != null) {
            removed.deleted = true;
        }
        layoutChanged();
        return true;
    }

    /**
     * Exotic hook: every own string key, in spec order. Symbol keys are not here (what
     * Object.keys, for-in and JSON see); ownSymbolKeys() lists them.
     */
    public List<String> ownKeys() {
        List<String> keys = new ArrayList<>();
        for (Object key : ownKeysInInsertionOrder()) {
            if (key instanceof String s) {
                keys.add(s);
            }
        }
        return sortIntegerKeysFirst(keys);
    }

    /** Every own symbol key, in insertion order (exotic objects have no exotic symbol keys). */
    public final List<JSSymbol> ownSymbolKeys() {
        List<JSSymbol> keys = new ArrayList<>();
        for (Object key : ownKeysInInsertionOrder()) {
            if (key instanceof JSSymbol s && !s.isPrivate()) { // private names are no property keys to reflection
                keys.add(s);
            }
        }
        return keys;
    }

    /** [[OwnPropertyKeys]] (§10.1.11): the string keys in spec order, then the symbols. */
    public final List<Object> ownPropertyKeys() {
        List<Object> keys = new ArrayList<>(ownKeys());
        keys.addAll(ownSymbolKeys());
        return keys;
    }

    private List<Object> ownKeysInInsertionOrder() {
        if (dictionary != null) {
            return new ArrayList<>(dictionary.keySet());
        }
        List<Object> keys = new ArrayList<>(shape.propertyCount());
        for (int i = 0; i < shape.propertyCount(); i++) {
            keys.add(shape.keyAt(i));
        }
        return keys;
    }

    /** Orders integer-like keys ascending before the others (ECMA-262 OrdinaryOwnPropertyKeys). */
    protected static List<String> sortIntegerKeysFirst(List<String> keys) {
        List<String> indices = null;
        for (String k : keys) {
            if (ArrayIndex.parse(k) >= 0) {
                if (indices == null) {
                    indices = new ArrayList<>();
                }
                indices.add(k);
            }
        }
        if (indices == null) {
            return keys;
        }
        indices.sort((a, b) -> Long.compare(ArrayIndex.parse(a), ArrayIndex.parse(b)));
        List<String> result = new ArrayList<>(keys.size());
        result.addAll(indices);
        for (String k : keys) {
            if (ArrayIndex.parse(k) < 0) {
                result.add(k);
            }
        }
        return result;
    }

    // ---- derived operations -----------------------------------------------------------------

    public final boolean hasOwnProperty(Object key) {
        return getOwnAttributes(key) >= 0;
    }

    /** [[HasProperty]]: own or inherited. */
    public final boolean hasProperty(Object key) {
        for (JSObject o = this; o != null; o = o.getPrototype()) {
            if (o.getOwnAttributes(key) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** [[Get]] with this object as the receiver. Absent properties read as undefined. */
    public final Object get(Object key) {
        return get(key, this);
    }

    /** [[Get]]: looks along the prototype chain; a getter runs with `receiver` as this. */
    public final Object get(Object key, Object receiver) {
        for (JSObject o = this; o != null; o = o.getPrototype()) {
            Object raw = o.getOwnRaw(key);
            if (raw != null) {
                if (raw instanceof AccessorPair pair && PropertyAttributes.isAccessor(o.getOwnAttributes(key))) {
                    return pair.getter == null ? Oddball.UNDEFINED : pair.getter.call(receiver, new Object[0]);
                }
                return raw;
            }
        }
        return Oddball.UNDEFINED;
    }

    /** [[Set]] with this object as the receiver. */
    public final boolean set(Object key, Object value) {
        return set(key, value, this);
    }

    /**
     * [[Set]] (ECMA-262 OrdinarySet): finds `key` along the chain; a setter is called, a
     * read-only property refuses, otherwise the receiver gets an own data property. Returns
     * false when the assignment was refused (strict code turns that into a TypeError).
     */
    public final boolean set(Object key, Object value, Object receiver) {
        for (JSObject o = this; o != null; o = o.getPrototype()) {
            int attrs = o.getOwnAttributes(key);
            if (attrs < 0) {
                continue;
            }
            if (PropertyAttributes.isAccessor(attrs)) {
                AccessorPair pair = (AccessorPair) o.getOwnRaw(key);
                if (pair.setter == null) {
                    return false;
                }
                pair.setter.call(receiver, new Object[] {value});
                return true;
            }
            if (!PropertyAttributes.isWritable(attrs)) {
                return false;
            }
            if (o == receiver) {
                return o.defineOwnProperty(key, value, attrs);
            }
            break;
        }
        if (!(receiver instanceof JSObject r)) {
            return false;
        }
        int own = r.getOwnAttributes(key);
        if (own >= 0) {
            return !PropertyAttributes.isAccessor(own) && PropertyAttributes.isWritable(own)
                    && r.defineOwnProperty(key, value, own);
        }
        if (!r.isExtensible()) {
            return false;
        }
        return r.defineOwnProperty(key, value, PropertyAttributes.DEFAULT);
    }

    /** Element read: o[index]. Arrays override this with their elements store. */
    public Object getElement(int index) {
        return get(Integer.toString(index));
    }

    /** Element write: o[index] = value. Arrays override this with their elements store. */
    public boolean setElement(int index, Object value) {
        return set(Integer.toString(index), value);
    }

    // ---- fast-mode storage --------------------------------------------------------------------

    /**
     * Adds a property through a shape transition; the slot array grows by doubling, and the
     * root shape learns the size for the next object (slack tracking, see Shape).
     */
    protected final void addFastProperty(Object key, Object value, int attributes) {
        applyTransition(shape.addProperty(key, attributes), value);
    }

    /**
     * Inline caches: true if `key` is an ordinary named property of this object, so that its
     * location is decided by the shape alone. Exotic objects say no for the keys they handle
     * themselves (an array's "length" and indices).
     */
    public boolean isOrdinaryKey(Object key) {
        return true;
    }

    /**
     * A store IC's cached transition: this object, of the shape the IC checked, becomes
     * `next` (that shape plus one property) and the new property's slot gets `value`.
     */
    public final void applyTransition(Shape next, Object value) {
        int slot = next.propertyCount() - 1;
        if (slot >= slots.length) {
            next.noteSlotsNeeded(slot + 1);
            slots = Arrays.copyOf(slots, Math.max(4, slots.length * 2));
        }
        next.fieldAt(slot).store(value);
        slots[slot] = value;
        shape = next;
        layoutChanged();
    }

    /** Direct slot access for inline caches that have checked the shape. */
    public final Object slotValue(int slot) {
        return slots[slot];
    }

    /** A store to a field: generalizes the field's representation first where `value` does not fit it (see Shape). */
    public final void setSlotValue(int slot, Object value) {
        shape.fieldAt(slot).store(value);
        slots[slot] = value;
    }

    public final boolean isDictionaryMode() {
        return dictionary != null;
    }

    /** Moves this object to dictionary mode (V8: NormalizeProperties). */
    public final void toDictionaryMode() {
        if (dictionary != null) {
            return;
        }
        LinkedHashMap<Object, DictionaryEntry> props = snapshotProperties();
        shape = Shape.dictionary(shape.prototype());
        slots = NO_SLOTS;
        dictionary = props;
        layoutChanged();
    }

    /** The dictionary entry (property cell) of `key` in dictionary mode, or null. */
    public final DictionaryEntry dictionaryEntry(Object key) {
        return dictionary == null ? null : dictionary.get(key);
    }

    private LinkedHashMap<Object, DictionaryEntry> snapshotProperties() {
        if (dictionary != null) {
            return dictionary;
        }
        LinkedHashMap<Object, DictionaryEntry> props = new LinkedHashMap<>();
        for (int i = 0; i < shape.propertyCount(); i++) {
            props.put(shape.keyAt(i), new DictionaryEntry(slots[i], shape.attributesAt(i)));
        }
        return props;
    }

    /** The dictionary's entries, read-only, for printers. Empty in fast mode. */
    public final Map<Object, Object> dictionaryView() {
        if (dictionary == null) {
            return Map.of();
        }
        Map<Object, Object> view = new LinkedHashMap<>();
        dictionary.forEach((k, e) -> view.put(k, e.value));
        return view;
    }
}

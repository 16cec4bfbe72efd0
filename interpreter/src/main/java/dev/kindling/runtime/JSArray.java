/*
 * JSArray: the array exotic object (ECMA-262 §10.4.2).
 *
 * Elements normally live in a dense backing store `elements[0..length)`, where the_hole marks
 * a missing element. An array that is given an index far past its end (`a[4294967294] = x`)
 * switches, for good, to sparse mode — V8's DICTIONARY_ELEMENTS: its elements become ordinary
 * string-keyed properties and only its length is kept here (up to 2^32-1).
 * `length` is a virtual own property (writable, not enumerable, not configurable).
 *
 * Guarantees: setting `length` smaller deletes the elements past it; writing past the end
 * fills the gap with holes (dense) or just raises the length (sparse); ownKeys lists element
 * indices first, then "length", then named properties. elements() is valid only while
 * isDense().
 */
package dev.kindling.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public final class JSArray extends JSObject {
    private static final int LENGTH_ATTRIBUTES = PropertyAttributes.WRITABLE;
    /** Writing this far past the end of a dense array makes it sparse instead of allocating the gap. */
    private static final int MAX_DENSE_GAP = 1 << 20;

    private Object[] elements;
    private int length;
    /** In sparse mode, the length (elements are in the named property store); -1 while dense. */
    private long sparseLength = -1;

    public JSArray(Shape shape, Object[] elements, int length) {
        super(shape);
        this.elements = elements;
        this.length = length;
    }

    public JSArray(Shape shape, int capacity) {
        this(shape, new Object[Math.max(capacity, 0)], 0);
    }

    @Override
    public String className() {
        return "Array";
    }

    /** True while elements live in the dense store (the usual case). */
    public boolean isDense() {
        return sparseLength < 0;
    }

    /** The length, clamped to int (a sparse array can be longer: see longLength()). */
    public int length() {
        return isDense() ? length : (int) Math.min(sparseLength, Integer.MAX_VALUE);
    }

    public long longLength() {
        return isDense() ? length : sparseLength;
    }

    /** The raw element store of a dense array; entries at or past length() are meaningless. */
    public Object[] elements() {
        return elements;
    }

    /** The element at `index`, the_hole for a hole, or null past the end. */
    public Object rawElement(int index) {
        if (!isDense()) {
            if (index < 0 || index >= sparseLength) {
                return null;
            }
            Object v = super.getOwnRaw(Integer.toString(index));
            return v == null ? Oddball.THE_HOLE : v;
        }
        return index >= 0 && index < length ? elements[index] : null;
    }

    @Override
    public Object getElement(int index) {
        if (isDense() && index >= 0 && index < length) {
            Object v = elements[index];
            if (v != Oddball.THE_HOLE) {
                return v;
            }
        }
        return get(Integer.toString(index));
    }

    @Override
    public boolean setElement(int index, Object value) {
        if (isDense() && index >= 0 && index < length && elements[index] != Oddball.THE_HOLE) {
            elements[index] = value;
            return true;
        }
        return set(Integer.toString(index), value);
    }

    /** Appends one element (Array.prototype.push's fast path). */
    public void push(Object value) {
        if (!isDense()) {
            defineOwnProperty(Long.toString(sparseLength), value, PropertyAttributes.DEFAULT);
            return;
        }
        if (length == elements.length) {
            elements = Arrays.copyOf(elements, Math.max(8, length + (length >> 1) + 1));
        }
        elements[length++] = value;
    }

    /** Sets `length`, truncating or extending with holes. */
    public void setLength(long newLength) {
        if (isDense() && newLength > length && newLength - length > MAX_DENSE_GAP) {
            makeSparse();
        }
        if (!isDense()) {
            for (String key : super.ownKeys()) {
                long index = ArrayIndex.parse(key);
                if (index >= newLength) {
                    super.deleteOwn(key);
                }
            }
            sparseLength = newLength;
            return;
        }
        int n = (int) newLength;
        if (n < length) {
            Arrays.fill(elements, n, length, null);
        } else if (n > length) {
            if (n > elements.length) {
                elements = Arrays.copyOf(elements, n);
            }
            Arrays.fill(elements, length, n, Oddball.THE_HOLE);
        }
        length = n;
    }

    /** Moves the elements into the named property store (V8: normalizing to dictionary elements). */
    private void makeSparse() {
        Object[] old = elements;
        int oldLength = length;
        elements = new Object[0];
        length = 0;
        sparseLength = oldLength;
        for (int i = 0; i < oldLength; i++) {
            if (old[i] != Oddball.THE_HOLE) {
                super.defineOwnProperty(Integer.toString(i), old[i], PropertyAttributes.DEFAULT);
            }
        }
    }

    private void storeElement(long index, Object value) {
        if (isDense() && index >= length && index - length > MAX_DENSE_GAP) {
            makeSparse();
        }
        if (!isDense()) {
            super.defineOwnProperty(Long.toString(index), value, PropertyAttributes.DEFAULT);
            sparseLength = Math.max(sparseLength, index + 1);
            return;
        }
        int i = (int) index;
        if (i >= length) {
            if (i >= elements.length) {
                elements = Arrays.copyOf(elements, Math.max(i + 1, length + (length >> 1) + 1));
            }
            Arrays.fill(elements, length, i, Oddball.THE_HOLE);
            length = i + 1;
        }
        elements[i] = value;
    }

    private Object lengthValue() {
        return Numbers.normalize(longLength());
    }

    // ---- exotic hooks -------------------------------------------------------------------------

    @Override
    public boolean isOrdinaryKey(String key) {
        return !key.equals("length") && ArrayIndex.parse(key) < 0;
    }

    @Override
    public Object getOwnRaw(String key) {
        if (key.equals("length")) {
            return lengthValue();
        }
        long index = ArrayIndex.parse(key);
        if (index >= 0 && isDense()) {
            if (index < length) {
                Object v = elements[(int) index];
                return v == Oddball.THE_HOLE ? null : v;
            }
            return null;
        }
        return super.getOwnRaw(key);
    }

    @Override
    public int getOwnAttributes(String key) {
        if (key.equals("length")) {
            return LENGTH_ATTRIBUTES;
        }
        long index = ArrayIndex.parse(key);
        if (index >= 0 && isDense()) {
            return index < length && elements[(int) index] != Oddball.THE_HOLE ? PropertyAttributes.DEFAULT : -1;
        }
        return super.getOwnAttributes(key);
    }

    @Override
    public boolean defineOwnProperty(String key, Object value, int attributes) {
        if (key.equals("length")) {
            setLength(Conversions.toArrayLength(value));
            return true;
        }
        long index = ArrayIndex.parse(key);
        if (index >= 0) {
            storeElement(index, value);
            return true;
        }
        return super.defineOwnProperty(key, value, attributes);
    }

    @Override
    public boolean deleteOwn(String key) {
        if (key.equals("length")) {
            return false;
        }
        long index = ArrayIndex.parse(key);
        if (index >= 0 && isDense()) {
            if (index < length) {
                elements[(int) index] = Oddball.THE_HOLE;
            }
            return true;
        }
        return super.deleteOwn(key);
    }

    @Override
    public List<String> ownKeys() {
        List<String> keys = new ArrayList<>();
        List<String> named = super.ownKeys();
        if (isDense()) {
            for (int i = 0; i < length; i++) {
                if (elements[i] != Oddball.THE_HOLE) {
                    keys.add(Integer.toString(i));
                }
            }
        } else {
            for (String k : named) {
                if (ArrayIndex.parse(k) >= 0) {
                    keys.add(k);
                }
            }
        }
        keys.add("length");
        for (String k : named) {
            if (ArrayIndex.parse(k) < 0) {
                keys.add(k);
            }
        }
        return keys;
    }
}

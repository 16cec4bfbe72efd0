/*
 * JSArray: the array exotic object (ECMA-262 §10.4.2). Elements live in a dense backing store
 * `elements[0..length)`, where the_hole marks a missing element; `length` is a virtual own
 * property (writable, not enumerable, not configurable). Named properties use the ordinary
 * Shape/slot storage inherited from JSObject.
 *
 * Assumes: indices fit in an int (arrays of more than 2^31-1 elements are refused with a
 * RangeError by the callers that could make one).
 * Guarantees: setting `length` smaller deletes the elements past it; writing past the end
 * fills the gap with holes; ownKeys lists element indices first, then "length", then names.
 */
package dev.kindling.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public final class JSArray extends JSObject {
    private static final int LENGTH_ATTRIBUTES = PropertyAttributes.WRITABLE;
    /** Arrays larger than this with few elements are sparse in V8; here we simply refuse. */
    private static final int MAX_DENSE_GAP = 1 << 26;

    private Object[] elements;
    private int length;

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

    public int length() {
        return length;
    }

    /** The raw element store; entries at or past length() are meaningless. */
    public Object[] elements() {
        return elements;
    }

    /** The element at `index`, the_hole for a hole, or null past the end. */
    public Object rawElement(int index) {
        return index >= 0 && index < length ? elements[index] : null;
    }

    @Override
    public Object getElement(int index) {
        if (index >= 0 && index < length) {
            Object v = elements[index];
            if (v != Oddball.THE_HOLE) {
                return v;
            }
        }
        return index >= 0 ? getFromPrototype(Integer.toString(index)) : get(Integer.toString(index));
    }

    private Object getFromPrototype(String key) {
        JSObject proto = getPrototype();
        return proto == null ? Oddball.UNDEFINED : proto.get(key, this);
    }

    @Override
    public boolean setElement(int index, Object value) {
        if (index >= 0 && index < length && elements[index] != Oddball.THE_HOLE) {
            elements[index] = value;
            return true;
        }
        return set(Integer.toString(index), value);
    }

    /** Appends one element (Array.prototype.push's fast path). */
    public void push(Object value) {
        if (length == elements.length) {
            elements = Arrays.copyOf(elements, Math.max(8, length + (length >> 1) + 1));
        }
        elements[length++] = value;
    }

    /** Sets `length`, truncating or extending with holes. */
    public void setLength(long newLength) {
        if (newLength > length && newLength - length > MAX_DENSE_GAP) {
            throw JSException.rangeError("Invalid array length");
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

    private void storeElement(int index, Object value) {
        if (index >= length) {
            if (index - length > MAX_DENSE_GAP) {
                throw JSException.rangeError("Invalid array length");
            }
            if (index >= elements.length) {
                elements = Arrays.copyOf(elements, Math.max(index + 1, length + (length >> 1) + 1));
            }
            Arrays.fill(elements, length, index, Oddball.THE_HOLE);
            length = index + 1;
        }
        elements[index] = value;
    }

    // ---- exotic hooks -------------------------------------------------------------------------

    @Override
    public boolean isOrdinaryKey(String key) {
        return !key.equals("length") && ArrayIndex.parse(key) < 0;
    }

    @Override
    public Object getOwnRaw(String key) {
        if (key.equals("length")) {
            return length;
        }
        long index = ArrayIndex.parse(key);
        if (index >= 0) {
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
        if (index >= 0) {
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
            if (index > Integer.MAX_VALUE - 1) {
                throw JSException.rangeError("Invalid array length");
            }
            storeElement((int) index, value);
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
        if (index >= 0) {
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
        for (int i = 0; i < length; i++) {
            if (elements[i] != Oddball.THE_HOLE) {
                keys.add(Integer.toString(i));
            }
        }
        keys.add("length");
        keys.addAll(super.ownKeys());
        return keys;
    }
}

/*
 * JSArray: the array exotic object (ECMA-262 §10.4.2) with V8's elements kinds.
 *
 * The elements are stored as their kind says (see ElementsKind): int32 values in an int[]
 * (SMI kinds; a HOLEY_SMI array marks its holes in a bit set), numbers in a double[] (DOUBLE
 * kinds; a hole is a reserved NaN bit pattern, as V8's kHoleNanInt64), anything in an Object[]
 * (the_hole marks a hole). Storing a value the current kind cannot hold, or making a hole,
 * first moves the array along the lattice — never back. An index far past the end makes the
 * array sparse (DICTIONARY_ELEMENTS): its elements become ordinary string-keyed properties
 * and only its length (up to 2^32-1) is kept here. `length` is a virtual own property
 * (writable, not enumerable, not configurable).
 *
 * An element defined with attributes the dense store cannot express (an accessor, read-only,
 * not enumerable or not configurable, beyond what seal/freeze of the whole store says) and a
 * `length` made read-only also make the array sparse, as V8 normalizes to dictionary elements:
 * the named store keeps each element's attributes, and every fast path, which asks isDense()
 * or hasSimpleElements() first, leaves such an array to the spec's generic steps.
 *
 * Guarantees: reading an element gives the canonical JS value (Numbers.normalize: a whole
 * double reads back as an Integer); setting `length` smaller deletes the elements past it,
 * larger adds holes; ownKeys lists element indices first, then "length", then named keys.
 */
package dev.kindling.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

public final class JSArray extends JSObject {
    private static final int LENGTH_ATTRIBUTES = PropertyAttributes.WRITABLE;
    /** Writing this far past the end of a dense array makes it sparse instead of allocating the gap. */
    private static final int MAX_DENSE_GAP = 1 << 20;
    /** The hole in a double store: a NaN no arithmetic produces (V8's kHoleNanInt64). */
    private static final long HOLE_NAN_BITS = 0xFFF7FFFFFFF7FFFFL;

    private ElementsKind kind;
    private int[] ints;
    private double[] doubles;
    private Object[] objects;
    /** HOLEY_SMI_ELEMENTS only: the indices below length that are holes. */
    private BitSet smiHoles;
    private int length;
    /** DICTIONARY_ELEMENTS only: the length (the elements are in the named property store). */
    private long sparseLength = -1;
    /** Object.seal / Object.freeze of the elements: 0 none, SEALED, or FROZEN. */
    private int integrity;
    private static final int SEALED = 1;
    private static final int FROZEN = 2;
    /** False once Object.defineProperty made `length` read-only (the array is then sparse). */
    private boolean lengthWritable = true;

    /** An array of exactly `values[0..length)` (the_hole for holes); the kind fits the values. */
    public JSArray(Shape shape, Object[] values, int length) {
        super(shape);
        ElementsKind k = ElementsKind.PACKED_SMI_ELEMENTS;
        for (int i = 0; i < length; i++) {
            k = k.join(ElementsKind.forValue(values[i]));
        }
        allocate(k, Math.max(length, values.length));
        for (int i = 0; i < length; i++) {
            if (values[i] == Oddball.THE_HOLE) {
                writeHole(i);
            } else {
                writeValue(i, values[i]);
            }
        }
        this.length = length;
    }

    /** An empty PACKED_SMI_ELEMENTS array with room for `capacity` elements. */
    public JSArray(Shape shape, int capacity) {
        super(shape);
        allocate(ElementsKind.PACKED_SMI_ELEMENTS, Math.max(capacity, 0));
    }

    @Override
    public String className() {
        return "Array";
    }

    public ElementsKind elementsKind() {
        return kind;
    }

    public String elementsKindName() {
        return kind.name();
    }

    /** True unless the array is sparse (DICTIONARY_ELEMENTS). */
    public boolean isDense() {
        return kind != ElementsKind.DICTIONARY_ELEMENTS;
    }

    /**
     * Dense, neither sealed nor frozen, `length` writable: the builtins that move the store or
     * change the length (push, pop, shift, unshift) may take their fast paths on it.
     */
    public boolean hasSimpleElements() {
        return isDense() && integrity == 0;
    }

    /** False once `length` was made read-only (ECMA-262 ArraySetLength then refuses changes). */
    public boolean isLengthWritable() {
        return lengthWritable && integrity != FROZEN;
    }

    /** The attributes every element of the dense store has: all, or as seal/freeze left them. */
    private int denseAttributes() {
        return integrity == FROZEN ? PropertyAttributes.ENUMERABLE
                : integrity == SEALED ? PropertyAttributes.WRITABLE | PropertyAttributes.ENUMERABLE
                : PropertyAttributes.DEFAULT;
    }

    /**
     * The length as a Java loop bound over elements, clamped to int. Never a JS value: a
     * sparse array's length is a uint32 up to 2^32 - 1, beyond int (see longLength() and
     * lengthValue()).
     */
    public int length() {
        return isDense() ? length : (int) Math.min(sparseLength, Integer.MAX_VALUE);
    }

    /** The length, 0 .. 2^32 - 1 (ECMA-262 §10.4.2: an array's length is a uint32). */
    public long longLength() {
        return isDense() ? length : sparseLength;
    }

    /**
     * The JS value of `length`: a Smi, or a Double above 2^31 - 1. The one conversion, for the
     * slow path (getOwnRaw) and every fast path (the LoadIC's array-length handler, push).
     */
    public Object lengthValue() {
        return Numbers.normalize(longLength());
    }

    // ---- the typed stores -----------------------------------------------------------------------

    private void allocate(ElementsKind k, int capacity) {
        kind = k;
        ints = k.isSmi() ? new int[capacity] : null;
        doubles = k.isDouble() ? new double[capacity] : null;
        objects = k.isObject() ? new Object[capacity] : null;
        smiHoles = k == ElementsKind.HOLEY_SMI_ELEMENTS ? new BitSet() : null;
    }

    private int capacity() {
        return ints != null ? ints.length : doubles != null ? doubles.length : objects != null ? objects.length : 0;
    }

    private void ensureCapacity(int needed) {
        int cap = capacity();
        if (needed <= cap) {
            return;
        }
        int n = Math.max(needed, Math.max(8, cap + (cap >> 1) + 1));
        if (ints != null) {
            ints = Arrays.copyOf(ints, n);
        } else if (doubles != null) {
            doubles = Arrays.copyOf(doubles, n);
        } else {
            objects = Arrays.copyOf(objects, n);
        }
    }

    /** Element i of a dense array: its JS value, or the_hole. */
    private Object read(int i) {
        if (ints != null) {
            return smiHoles != null && smiHoles.get(i) ? Oddball.THE_HOLE : Numbers.smi(ints[i]);
        }
        if (doubles != null) {
            double d = doubles[i];
            return Double.doubleToRawLongBits(d) == HOLE_NAN_BITS ? Oddball.THE_HOLE : Numbers.normalize(d);
        }
        return objects[i];
    }

    /** Writes a value the current kind can hold. */
    private void writeValue(int i, Object v) {
        if (ints != null) {
            ints[i] = (Integer) v;
            if (smiHoles != null) {
                smiHoles.clear(i);
            }
        } else if (doubles != null) {
            double d = Numbers.doubleValue(v);
            doubles[i] = Double.isNaN(d) ? Double.NaN : d;
        } else {
            objects[i] = v;
        }
    }

    /** Writes a hole; the kind must be holey. */
    private void writeHole(int i) {
        if (ints != null) {
            smiHoles.set(i);
        } else if (doubles != null) {
            doubles[i] = Double.longBitsToDouble(HOLE_NAN_BITS);
        } else {
            objects[i] = Oddball.THE_HOLE;
        }
    }

    /** Writes holes into [from, to), as writeHole does one; the kind must be holey. */
    private void writeHoles(int from, int to) {
        if (ints != null) {
            smiHoles.set(from, to);
        } else if (doubles != null) {
            Arrays.fill(doubles, from, to, Double.longBitsToDouble(HOLE_NAN_BITS));
        } else {
            Arrays.fill(objects, from, to, Oddball.THE_HOLE);
        }
    }

    /** Generalizes the kind so that it can hold `value` (an elements-kind transition). */
    private void prepareFor(Object value) {
        ElementsKind needed = kind.join(ElementsKind.forValue(value));
        if (needed != kind) {
            transitionTo(needed);
        }
    }

    private void makeHoley() {
        if (!kind.isHoley()) {
            transitionTo(kind.toHoley());
        }
    }

    /** Moves to a more general kind, converting the store (V8's TransitionElementsKind). */
    public void transitionTo(ElementsKind to) {
        if (to == kind) {
            return;
        }
        if (!kind.canTransitionTo(to)) {
            throw new IllegalStateException("elements kind " + kind + " cannot become " + to);
        }
        if (to == ElementsKind.DICTIONARY_ELEMENTS) {
            makeSparse();
            return;
        }
        int n = length;
        int[] fromInts = ints;
        double[] fromDoubles = doubles;
        Object[] fromObjects = objects;
        BitSet fromHoles = smiHoles;
        allocate(to, Math.max(fromInts != null ? fromInts.length : fromDoubles != null ? fromDoubles.length
                : fromObjects != null ? fromObjects.length : 0, n));
        // To the holey twin of the same store (or ELEMENTS from ELEMENTS): a copy, holes and all.
        if (objects != null && fromObjects != null) {
            System.arraycopy(fromObjects, 0, objects, 0, n);
            return;
        }
        if (doubles != null && fromDoubles != null) {
            System.arraycopy(fromDoubles, 0, doubles, 0, n);
            return;
        }
        if (ints != null) { // from ints: no other kind goes to SMI
            System.arraycopy(fromInts, 0, ints, 0, n);
            if (fromHoles != null) {
                smiHoles.or(fromHoles);
            }
            return;
        }
        // From SMI or DOUBLE, element by element, without boxing what the new store keeps
        // unboxed; a run of holes (a fresh `new Array(n)`) is written as one.
        for (int i = 0; i < n; i++) {
            if (fromInts != null && fromHoles != null && fromHoles.get(i)) {
                int end = fromHoles.nextClearBit(i);
                writeHoles(i, Math.min(end, n));
                i = Math.min(end, n) - 1;
            } else if (fromInts != null) {
                if (doubles != null) {
                    doubles[i] = fromInts[i];
                } else {
                    objects[i] = Numbers.smi(fromInts[i]);
                }
            } else if (Double.doubleToRawLongBits(fromDoubles[i]) == HOLE_NAN_BITS) {
                writeHole(i);
            } else if (doubles != null) {
                doubles[i] = fromDoubles[i];
            } else {
                objects[i] = Numbers.normalize(fromDoubles[i]);
            }
        }
    }

    /** Moves the elements into the named property store (V8: normalizing to dictionary elements). */
    private void makeSparse() {
        int n = length;
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            values[i] = read(i);
        }
        ints = null;
        doubles = null;
        objects = null;
        smiHoles = null;
        kind = ElementsKind.DICTIONARY_ELEMENTS;
        length = 0;
        sparseLength = n;
        int attributes = denseAttributes();
        for (int i = 0; i < n; i++) {
            if (values[i] != Oddball.THE_HOLE) {
                super.defineOwnProperty(Integer.toString(i), values[i], attributes);
            }
        }
    }

    // ---- element access -------------------------------------------------------------------------

    /** The element at `index`: its value, the_hole for a hole, or null past the end. */
    public Object rawElement(int index) {
        if (!isDense()) {
            if (index < 0 || index >= sparseLength) {
                return null;
            }
            Object v = super.getOwnRaw(Integer.toString(index));
            return v == null ? Oddball.THE_HOLE : v;
        }
        return index >= 0 && index < length ? read(index) : null;
    }

    // ---- the optimizing tier's typed element access ----------------------------------------------
    //
    // Optimized code reads and writes the typed stores directly, after checking what makes that
    // sound on the same path (Maglev: CheckMaps, which includes V8's elements kind, then
    // CheckBounds, then a LoadFixedDoubleArrayElement): the kind (elementsKind(), or
    // storeElementsKind() before a write), the index against length(), and for a holey kind
    // isHole(index). A store writes only a value the kind holds (an int into the int store; into
    // the double store any double but the hole's NaN, hence canonicalNaN). The arrays are the
    // live stores: nothing may keep one across anything that can grow or transition the array.

    /** The int store of a SMI kind (index < length() holds an element or, if holey, a hole), else null. */
    public int[] smiStore() {
        return ints;
    }

    /** The double store of a DOUBLE kind, else null; a hole is the reserved NaN (isHole tells). */
    public double[] doubleStore() {
        return doubles;
    }

    /** The Object store of an ELEMENTS kind (a hole is the_hole), else null. */
    public Object[] objectStore() {
        return objects;
    }

    /**
     * The kind, for a write in place: null where elements may not be written (frozen). V8 gives
     * frozen arrays kinds of their own (PACKED_FROZEN_ELEMENTS), so a store's map check excludes
     * them; Kindling keeps the kind and a flag, and this folds the flag into the kind.
     */
    public ElementsKind storeElementsKind() {
        return integrity == FROZEN ? null : kind;
    }

    /** Whether element `index` (0 <= index < length()) of a dense array is a hole. */
    public boolean isHole(int index) {
        return read(index) == Oddball.THE_HOLE;
    }

    /**
     * Whether element `index` (0 <= index < length()) is a hole that a store may not fill in
     * place (see canFillHole): optimized code's CheckHoleFillable before an ELEMENTS or DOUBLE
     * store, whose plain write into the store fills a hole.
     */
    public boolean holeBlocksStore(int index) {
        return read(index) == Oddball.THE_HOLE && !canFillHole();
    }

    /** `d`, with any NaN made the canonical one, which is never the hole's bit pattern. */
    public static double canonicalNaN(double d) {
        return Double.isNaN(d) ? Double.NaN : d;
    }

    /**
     * The element at `index` if the array holds a value there (in bounds, not a hole), else
     * null: the keyed load IC's fast path, straight from the backing store of the elements
     * kind. A sparse array has length 0 here and takes the slow path.
     */
    public Object fastElement(int index) {
        if (index >= 0 && index < length) {
            int[] i = ints;
            if (i != null) {
                return smiHoles == null || !smiHoles.get(index) ? Numbers.smi(i[index]) : null; // a hole: the chain
            }
            double[] d = doubles;
            if (d != null) {
                double v = d[index];
                return Double.doubleToRawLongBits(v) == HOLE_NAN_BITS ? null : Numbers.normalize(v);
            }
            Object v = objects[index];
            return v == Oddball.THE_HOLE ? null : v;
        }
        return null;
    }

    /**
     * Stores `value` at `index` if that needs no more than a write into the backing store (in
     * bounds, not frozen, a value the current elements kind holds, and not a hole unless
     * canFillHole); returns false
     * otherwise, and the caller takes the generic path. The keyed store IC's fast path.
     */
    public boolean fastSetElement(int index, Object value) {
        if (index >= 0 && index < length && integrity != FROZEN) {
            int[] i = ints;
            if (i != null) {
                if (value instanceof Integer v) {
                    if (smiHoles == null || !smiHoles.get(index)) {
                        i[index] = v;
                        return true;
                    }
                    if (canFillHole()) {
                        i[index] = v;
                        smiHoles.clear(index);
                        return true;
                    }
                }
                return false;
            }
            double[] d = doubles;
            if (d != null) {
                if ((value instanceof Integer || value instanceof Double)
                        && (Double.doubleToRawLongBits(d[index]) != HOLE_NAN_BITS || canFillHole())) {
                    double v = Numbers.doubleValue(value);
                    d[index] = Double.isNaN(v) ? Double.NaN : v;
                    return true;
                }
                return false;
            }
            Object[] o = objects;
            if (o != null && (o[index] != Oddball.THE_HOLE || canFillHole())) {
                o[index] = value;
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a store may fill a hole in place: the array takes new properties, and nothing on
     * its prototype chain has elements, so no setter there intercepts the store (V8 checks its
     * NoElementsProtector for the same reason).
     */
    private boolean canFillHole() {
        JSObject proto = getPrototype();
        return integrity == 0 && isExtensible() && (proto == null || proto.hasNoElementsOnChain());
    }

    @Override
    public Object getElement(int index) {
        if (isDense() && index >= 0 && index < length) {
            Object v = read(index);
            if (v != Oddball.THE_HOLE) {
                return v;
            }
        }
        return get(Integer.toString(index));
    }

    /**
     * [[Set]] of element `index`. In place when the element is present, or is a hole that
     * canFillHole says no setter up the chain intercepts (the ordinary [[Set]] would find
     * nothing on the chain and define the element on the array, which is this write); the
     * kind is generalized first if the value needs it. An append (index == length) on the same
     * condition grows the array in place, as push does. Otherwise the ordinary [[Set]].
     */
    @Override
    public boolean setElement(int index, Object value) {
        if (isDense() && index >= 0 && index < length && (read(index) != Oddball.THE_HOLE || canFillHole())) {
            if (integrity == FROZEN) {
                return false;
            }
            prepareFor(value);
            writeValue(index, value);
            return true;
        }
        if (isDense() && index == length && lengthWritable && canFillHole()) { // an append: a[a.length] = v
            prepareFor(value);
            ensureCapacity(length + 1);
            writeValue(length++, value);
            return true;
        }
        return set(Integer.toString(index), value);
    }

    /**
     * Array.prototype.push of one value in place, where the ordinary steps — [[Set]] of element
     * `length`, then of "length" — could do nothing else: dense, length writable, and a new
     * element may be added (canFillHole: extensible, not sealed, no elements on the chain that
     * a setter could intercept). False, having done nothing, otherwise.
     */
    public boolean tryFastPush(Object value) {
        if (!isDense() || !lengthWritable || length == Integer.MAX_VALUE || !canFillHole()) {
            return false;
        }
        prepareFor(value);
        ensureCapacity(length + 1);
        writeValue(length++, value);
        return true;
    }

    /**
     * Array.prototype.pop in place: the last element (undefined if there is none), removed, where
     * the ordinary steps could do nothing else — dense, not sealed, length writable, and the
     * last element present (a hole would be read through the prototype chain). Null, having
     * done nothing, otherwise.
     */
    public Object tryFastPop() {
        if (!isDense() || integrity != 0 || !lengthWritable) {
            return null;
        }
        if (length == 0) {
            return Oddball.UNDEFINED;
        }
        Object last = read(length - 1);
        if (last == Oddball.THE_HOLE) {
            return null;
        }
        setLength(length - 1);
        return last;
    }

    /** Appends one element (Array.prototype.push's fast path). */
    public void push(Object value) {
        if (!isDense()) {
            defineOwnProperty(Long.toString(sparseLength), value, PropertyAttributes.DEFAULT);
            return;
        }
        prepareFor(value);
        ensureCapacity(length + 1);
        writeValue(length++, value);
    }

    /** Removes element 0 and moves the rest down by one (Array.prototype.shift's fast path). */
    public void removeFirst() {
        if (!isDense() || length == 0) {
            throw new IllegalStateException("removeFirst needs a non-empty dense array");
        }
        for (int i = 0; i < length - 1; i++) {
            Object v = read(i + 1);
            if (v == Oddball.THE_HOLE) {
                writeHole(i);
            } else {
                writeValue(i, v);
            }
        }
        setLength(length - 1);
    }

    /** Inserts `items` before element 0 (Array.prototype.unshift's fast path). */
    public void insertFirst(Object[] items) {
        if (!isDense()) {
            throw new IllegalStateException("insertFirst needs a dense array");
        }
        for (Object item : items) {
            prepareFor(item);
        }
        int n = items.length;
        int old = length;
        ensureCapacity(old + n);
        length = old + n;
        for (int i = old - 1; i >= 0; i--) {
            Object v = read(i);
            if (v == Oddball.THE_HOLE) {
                writeHole(i + n);
            } else {
                writeValue(i + n, v);
            }
        }
        for (int i = 0; i < n; i++) {
            writeValue(i, items[i]);
        }
    }

    /**
     * Sets `length`, truncating or extending with holes. Truncation stops above the last
     * element that cannot be deleted (ArraySetLength, §10.4.2.4: a non-configurable element,
     * or any element of a sealed array): the length ends one past it and the result is false.
     */
    public boolean setLength(long newLength) {
        if (isDense() && newLength > length && newLength - length > MAX_DENSE_GAP) {
            makeSparse();
        }
        if (!isDense()) {
            long stop = newLength;
            for (String key : super.ownKeys()) {
                long index = ArrayIndex.parse(key);
                if (index >= stop && (integrity != 0 || !PropertyAttributes.isConfigurable(super.getOwnAttributes(key)))) {
                    stop = index + 1;
                }
            }
            for (String key : super.ownKeys()) {
                if (ArrayIndex.parse(key) >= stop) {
                    super.deleteOwn(key);
                }
            }
            sparseLength = stop;
            return stop == newLength;
        }
        long stop = newLength;
        if (integrity != 0) {
            for (long i = length - 1; i >= newLength; i--) {
                if (isPresent(i)) {
                    stop = i + 1;
                    break;
                }
            }
        }
        int n = (int) stop;
        if (n < length) {
            if (objects != null) {
                Arrays.fill(objects, n, length, null);
            }
            if (smiHoles != null) {
                smiHoles.clear(n, length);
            }
        } else if (n > length) {
            makeHoley();
            ensureCapacity(n);
            writeHoles(length, n);
        }
        length = n;
        return stop == newLength;
    }

    private void storeElement(long index, Object value, int attributes) {
        if (isDense() && ((index >= length && index - length > MAX_DENSE_GAP) || attributes != denseAttributes())) {
            makeSparse();
        }
        if (!isDense()) {
            super.defineOwnProperty(Long.toString(index), value, attributes);
            sparseLength = Math.max(sparseLength, index + 1);
            return;
        }
        int i = (int) index;
        if (i > length) {
            setLength(i);
        }
        prepareFor(value);
        if (i == length) {
            ensureCapacity(length + 1);
            length++;
        }
        writeValue(i, value);
    }

    /**
     * Object.seal (FROZEN false) or Object.freeze (true) of the elements and length: elements
     * become non-configurable, and when frozen also read-only, as does `length`. (V8 moves to
     * the SEALED_ / FROZEN_ELEMENTS kinds; Kindling keeps the kind and adds this flag.)
     */
    public void restrictElements(boolean freeze) {
        integrity = Math.max(integrity, freeze ? FROZEN : SEALED);
    }

    private boolean isPresent(long index) {
        return index < length && read((int) index) != Oddball.THE_HOLE;
    }

    // ---- exotic hooks -------------------------------------------------------------------------

    @Override
    public boolean isOrdinaryKey(Object key) {
        return !key.equals("length") && ArrayIndex.parse(key) < 0;
    }

    @Override
    public Object getOwnRaw(Object key) {
        if (key.equals("length")) {
            return lengthValue();
        }
        long index = ArrayIndex.parse(key);
        if (index >= 0 && isDense()) {
            if (index < length) {
                Object v = read((int) index);
                return v == Oddball.THE_HOLE ? null : v;
            }
            return null;
        }
        return super.getOwnRaw(key);
    }

    @Override
    public int getOwnAttributes(Object key) {
        if (key.equals("length")) {
            return isLengthWritable() ? LENGTH_ATTRIBUTES : 0;
        }
        long index = ArrayIndex.parse(key);
        if (index >= 0 && isDense()) {
            if (!isPresent(index)) {
                return -1;
            }
            return denseAttributes();
        }
        return super.getOwnAttributes(key);
    }

    @Override
    public boolean defineOwnProperty(Object key, Object value, int attributes) {
        if (key.equals("length")) {
            long newLength = Conversions.toArrayLength(value);
            if (!isLengthWritable() && newLength != longLength()) {
                return false;
            }
            boolean done = setLength(newLength);
            if (lengthWritable && (attributes & PropertyAttributes.WRITABLE) == 0) {
                makeSparse();
                lengthWritable = false;
            }
            return done;
        }
        long index = ArrayIndex.parse(key);
        if (index >= 0) {
            boolean present = isDense() ? isPresent(index) : super.getOwnAttributes(key) >= 0;
            if ((present && integrity == FROZEN) || (!present && !isExtensible())
                    || (index >= longLength() && !lengthWritable)) {
                return false;
            }
            storeElement(index, value, attributes);
            return true;
        }
        return super.defineOwnProperty(key, value, attributes);
    }

    @Override
    public boolean deleteOwn(Object key) {
        if (key.equals("length")) {
            return false;
        }
        long index = ArrayIndex.parse(key);
        if (index >= 0 && isDense()) {
            if (isPresent(index)) {
                if (integrity != 0) {
                    return false;
                }
                makeHoley();
                writeHole((int) index);
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
                if (read(i) != Oddball.THE_HOLE) {
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

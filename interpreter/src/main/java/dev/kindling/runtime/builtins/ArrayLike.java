/*
 * The generic access every Array.prototype method goes through: an "array-like" is any object
 * with a `length`, read and written by [[Get]]/[[Set]]/[[HasProperty]]/[[Delete]] with the
 * index as a property key (ECMA-262 §7.3 operations, on indices). This is the slow path —
 * correct for arrays, array-likes and exotic objects alike; the methods keep their JSArray
 * fast paths beside their calls to these.
 *
 * Writes are strict (Set(O, P, V, true)): a refused write throws node's TypeError, as the
 * spec's Array methods do.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.ArrayIndex;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.ErrorType;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.util.TreeSet;

final class ArrayLike {
    /** 2^53 - 1: the largest length a generic array-like may have (ToLength). */
    private static final double MAX_LENGTH = 9007199254740991.0;

    private ArrayLike() {
    }

    /** LengthOfArrayLike (§7.3.18): ToLength(o.length). */
    static long lengthOf(JSObject o) {
        if (o instanceof JSArray a) {
            return a.longLength();
        }
        double len = Conversions.toIntegerOrInfinity(o.get("length"));
        return (long) Math.max(0, Math.min(len, MAX_LENGTH));
    }

    /** A walk over more indices than this visits only the present ones (presentIndices). */
    private static final long SPARSE_WALK = 1 << 16;

    /**
     * The indices in [from, to) present on `o` or its prototype chain, ascending; null when the
     * range is small enough to walk index by index. The walks that skip holes (indexOf,
     * lastIndexOf, forEach, map, filter, some, every) visit these instead, so a huge sparse
     * array-like (`{length: 2**32 - 1, 0: 'a'}`) takes time in proportion to its elements,
     * as V8's walks over dictionary elements do, not four billion HasProperty calls. The list
     * is taken once, before the walk: an element a callback adds beyond the holes it was
     * given is not visited (the spec would visit it; index-by-index walks below the threshold do).
     */
    static long[] presentIndices(JSObject o, long from, long to) {
        if (to - from <= SPARSE_WALK) {
            return null;
        }
        TreeSet<Long> present = new TreeSet<>();
        for (JSObject h = o; h != null; h = h.getPrototype()) {
            for (String key : h.ownKeys()) {
                long index = ArrayIndex.parse(key);
                if (index >= from && index < to) {
                    present.add(index);
                }
            }
        }
        return present.stream().mapToLong(Long::longValue).toArray();
    }

    static Object get(JSObject o, long index) {
        return index <= Integer.MAX_VALUE ? o.getElement((int) index) : o.get(Long.toString(index));
    }

    static boolean has(JSObject o, long index) {
        if (o instanceof JSArray a && a.isDense() && index < a.length()) {
            Object raw = a.rawElement((int) index);
            if (raw != Oddball.THE_HOLE) {
                return true;
            }
        }
        return o.hasProperty(Long.toString(index));
    }

    /** Set(O, index, v, true): a refused write throws, as in strict code. */
    static void set(JSObject o, long index, Object value) {
        PropertyAccess.setKeyed(o, index <= Integer.MAX_VALUE ? (Object) (int) index : Long.toString(index), value, true);
    }

    /**
     * CreateDataPropertyOrThrow(O, index, v) (§7.3.7): defines an own data property, never
     * calling a setter on the prototype chain — how the builtins that make a new array (map,
     * slice, splice's result, concat) fill it. The new arrays are ordinary and own no such
     * property yet, so while nothing on their prototype chain has elements it is a Set.
     */
    static void createDataProperty(JSObject o, long index, Object value) {
        if (o instanceof JSArray a && index <= Integer.MAX_VALUE) {
            if (a.fastSetElement((int) index, value)) {
                return;
            }
            JSObject proto = a.getPrototype();
            if (proto == null || proto.hasNoElementsOnChain()) {
                set(a, index, value); // no setter on the chain to call: Set defines the same property
                return;
            }
        }
        // Any other object (a species constructor's): [[DefineOwnProperty]] with its checks.
        PropertyDescriptors.define(o, Long.toString(index),
                new PropertyDescriptors.Descriptor(value, true, true, true, null, null));
    }

    /**
     * ArraySpeciesCreate(original, length) (§10.4.2.3): the array map, filter, slice, splice,
     * concat, flat and flatMap return — `new C(length)` when `original` is an array whose
     * constructor[Symbol.species] names another constructor C (a subclass of Array gets
     * its own kind back), else a new Array. Kindling has one realm, so the spec's step for
     * another realm's %Array% does not arise.
     */
    static JSObject speciesCreate(Realm realm, JSObject original, long length) {
        if (!(original instanceof JSArray)) {
            return arrayCreate(realm, length);
        }
        Object c = original.get("constructor");
        if (c instanceof JSObject co) {
            c = co.get(JSSymbol.SPECIES);
            if (c == Oddball.NULL) {
                c = Oddball.UNDEFINED;
            }
        }
        if (c == Oddball.UNDEFINED) {
            return arrayCreate(realm, length);
        }
        if (!(c instanceof JSFunction f) || !f.isConstructor()) {
            throw JSException.typeError("object.constructor[Symbol.species] is not a constructor");
        }
        return (JSObject) f.construct(new Object[] {Numbers.normalize((double) length)}, f);
    }

    /** ArrayCreate(length) (§10.4.2.2): a new Array of that length, all holes. */
    static JSArray arrayCreate(Realm realm, long length) {
        if (length > 0xFFFF_FFFFL) {
            throw JSException.error(ErrorType.RangeError, "Invalid array length");
        }
        JSArray a = realm.newArray(0);
        if (length > 0) {
            a.setLength(length);
        }
        return a;
    }

    static void delete(JSObject o, long index) {
        PropertyAccess.delete(o, Long.toString(index), true);
    }

    static void setLength(JSObject o, long length) {
        PropertyAccess.setNamed(o, "length", Numbers.normalize((double) length), true);
    }

    static JSFunction callable(Object value) {
        if (value instanceof JSFunction f) {
            return f;
        }
        String what = value instanceof JSObject o ? PropertyAccess.describe(o) : String.valueOf(
                value instanceof dev.kindling.runtime.JSSymbol ? value : Conversions.toString(value));
        throw JSException.typeError(what + " is not a function");
    }

    /** A relative index argument (negative counts from the end), clamped to [0, len]. */
    static long relativeIndex(Object arg, long len, long ifUndefined) {
        if (arg == Oddball.UNDEFINED) {
            return ifUndefined;
        }
        double k = Conversions.toIntegerOrInfinity(arg);
        return (long) (k < 0 ? Math.max(len + k, 0) : Math.min(k, len));
    }
}

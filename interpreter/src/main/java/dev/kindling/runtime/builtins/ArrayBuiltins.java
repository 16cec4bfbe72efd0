/*
 * Array (ECMA-262 §23.1), part 1: the Array constructor, Array.isArray / of / from, and the
 * Array.prototype methods that read or reshape an array — push pop shift unshift splice
 * slice concat join toString toLocaleString reverse fill indexOf lastIndexOf includes at.
 * ArrayIterationBuiltins has the ones that call back into JS (forEach, map, sort, ...).
 *
 * Every method is generic, as the spec says: it works on any object with a `length`, through
 * ArrayLike's [[Get]]/[[Set]]/[[HasProperty]] (the slow path, always correct). A JSArray takes
 * the fast path where there is one (push, pop, shift, unshift) — the same result without the
 * per-index property lookups.
 *
 * Holes: methods that the spec guards with HasProperty (indexOf, reverse, the callbacks)
 * skip holes; join and includes read them as undefined.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.BuiltinFunction;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Operators;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.Realm;

import java.util.ArrayList;
import java.util.List;

import static dev.kindling.runtime.BuiltinFunction.arg;
import static dev.kindling.runtime.builtins.ArrayLike.callable;
import static dev.kindling.runtime.builtins.ArrayLike.delete;
import static dev.kindling.runtime.builtins.ArrayLike.get;
import static dev.kindling.runtime.builtins.ArrayLike.has;
import static dev.kindling.runtime.builtins.ArrayLike.lengthOf;
import static dev.kindling.runtime.builtins.ArrayLike.relativeIndex;
import static dev.kindling.runtime.builtins.ArrayLike.set;
import static dev.kindling.runtime.builtins.ArrayLike.setLength;

final class ArrayBuiltins {
    private ArrayBuiltins() {
    }

    static void install(Realm realm) {
        JSObject proto = realm.arrayPrototype();
        BuiltinFunction array = Builtins.defineConstructor(realm, "Array", 1, proto,
                (r, thisArg, args) -> construct(r, r.arrayPrototype(), args),
                (r, args, newTarget) -> construct(r, Builtins.prototypeFromConstructor(newTarget, proto), args));
        realm.defineMethod(array, "isArray", 1, (r, thisArg, args) -> arg(args, 0) instanceof JSArray);
        realm.defineMethod(array, "of", 0, (r, thisArg, args) -> r.newArray(args.clone()));
        realm.defineMethod(array, "from", 1, ArrayBuiltins::from);

        realm.defineMethod(proto, "push", 1, ArrayBuiltins::push);
        realm.defineMethod(proto, "pop", 0, ArrayBuiltins::pop);
        realm.defineMethod(proto, "shift", 0, ArrayBuiltins::shift);
        realm.defineMethod(proto, "unshift", 1, ArrayBuiltins::unshift);
        realm.defineMethod(proto, "splice", 2, ArrayBuiltins::splice);
        realm.defineMethod(proto, "slice", 2, ArrayBuiltins::slice);
        realm.defineMethod(proto, "concat", 1, ArrayBuiltins::concat);
        // The arrays being joined right now, so a cycle joins as "" instead of recursing forever.
        List<JSObject> joining = new ArrayList<>();
        BuiltinFunction join = realm.defineMethod(proto, "join", 1, (r, thisArg, args) ->
                join(r, Builtins.toObject(r, thisArg), arg(args, 0), joining));
        realm.defineMethod(proto, "toString", 0, (r, thisArg, args) -> {
            JSObject o = Builtins.toObject(r, thisArg);
            Object fn = o.get("join");
            return fn == join ? join(r, o, Oddball.UNDEFINED, joining)
                    : fn instanceof JSFunction f ? f.call(o, JSFunction.NO_ARGS)
                    : ObjectBuiltins.objectToString(r, o);
        });
        realm.defineMethod(proto, "toLocaleString", 0, (r, thisArg, args) -> {
            JSObject o = Builtins.toObject(r, thisArg);
            long len = lengthOf(o);
            StringBuilder sb = new StringBuilder();
            for (long k = 0; k < len; k++) {
                if (k > 0) {
                    sb.append(',');
                }
                Object element = get(o, k);
                if (!Oddball.isNullish(element)) {
                    Object fn = PropertyAccess.getNamed(r, element, "toLocaleString");
                    sb.append(Conversions.toString(callable(fn).call(element, JSFunction.NO_ARGS)));
                }
            }
            return sb.toString();
        });
        realm.defineMethod(proto, "reverse", 0, ArrayBuiltins::reverse);
        realm.defineMethod(proto, "copyWithin", 2, ArrayBuiltins::copyWithin);
        realm.defineMethod(proto, "fill", 1, ArrayBuiltins::fill);
        realm.defineMethod(proto, "indexOf", 1, (r, thisArg, args) -> indexOf(r, thisArg, args, false));
        realm.defineMethod(proto, "lastIndexOf", 1, (r, thisArg, args) -> indexOf(r, thisArg, args, true));
        realm.defineMethod(proto, "includes", 1, ArrayBuiltins::includes);
        realm.defineMethod(proto, "at", 1, (r, thisArg, args) -> {
            JSObject o = Builtins.toObject(r, thisArg);
            long len = lengthOf(o);
            double k = Conversions.toIntegerOrInfinity(arg(args, 0));
            k = k < 0 ? len + k : k;
            return k < 0 || k >= len ? Oddball.UNDEFINED : get(o, (long) k);
        });
        ArrayIterationBuiltins.install(realm, proto);
    }

    // ---- the constructor ----------------------------------------------------------------------

    /** Array(len) makes `len` holes; Array(a, b, ...) and Array(nonNumber) list their elements. */
    private static JSArray construct(Realm realm, JSObject proto, Object[] args) {
        JSArray result = new JSArray(proto.childRootShape(), 0);
        if (args.length == 1 && Numbers.isNumber(args[0])) {
            double len = Numbers.doubleValue(args[0]);
            if (len != Numbers.toUint32(len)) {
                throw JSException.rangeError("Invalid array length");
            }
            result.setLength((long) len);
            return result;
        }
        for (Object a : args) {
            result.push(a);
        }
        return result;
    }

    /** Array.from (§23.1.2.1): through the iteration protocol if items is iterable, else as an array-like. */
    private static Object from(Realm realm, Object thisArg, Object[] args) {
        Object items = arg(args, 0);
        Object mapArg = arg(args, 1);
        JSFunction mapFn = null;
        if (mapArg != Oddball.UNDEFINED) {
            mapFn = callable(mapArg);
        }
        List<Object> values = new ArrayList<>();
        if (Oddball.isNullish(items)) {
            throw JSException.typeError(Iterators.notIterableNoSymbolLoad(items));
        }
        Object method = Iterators.iteratorMethod(realm, items);
        if (!Oddball.isNullish(method)) {
            if (!(method instanceof JSFunction)) {
                throw JSException.typeError("%Array%.from requires that the property of the first argument, "
                        + "items[Symbol.iterator], when exists, be a function");
            }
            Iterators.iterate(realm, items, () -> Iterators.notIterableNoSymbolLoad(items), values::add);
        } else {
            JSObject o = Builtins.toObject(realm, items);
            long len = lengthOf(o);
            for (long i = 0; i < len; i++) {
                values.add(get(o, i));
            }
        }
        Object[] result = values.toArray();
        if (mapFn != null) {
            for (int i = 0; i < result.length; i++) {
                result[i] = mapFn.call(arg(args, 2), new Object[] {result[i], i});
            }
        }
        return realm.newArray(result);
    }

    // ---- the methods --------------------------------------------------------------------------

    private static Object push(Realm realm, Object thisArg, Object[] args) {
        if (thisArg instanceof JSArray a && a.hasSimpleElements() && a.isExtensible()) { // fast path
            for (Object v : args) {
                a.push(v);
            }
            return a.lengthValue();
        }
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        for (Object v : args) {
            set(o, len++, v);
        }
        setLength(o, len);
        return Numbers.normalize((double) len);
    }

    private static Object pop(Realm realm, Object thisArg, Object[] args) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        if (len == 0) {
            setLength(o, 0);
            return Oddball.UNDEFINED;
        }
        Object element = get(o, len - 1);
        if (o instanceof JSArray a && a.hasSimpleElements()) {           // fast path
            a.setLength(len - 1);
        } else {
            delete(o, len - 1);
            setLength(o, len - 1);
        }
        return element;
    }

    private static Object shift(Realm realm, Object thisArg, Object[] args) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        if (len == 0) {
            setLength(o, 0);
            return Oddball.UNDEFINED;
        }
        Object first = get(o, 0);
        if (o instanceof JSArray a && a.hasSimpleElements()) {           // fast path: move the store
            a.removeFirst();
            return first;
        }
        moveElements(o, 1, 0, len - 1);
        delete(o, len - 1);
        setLength(o, len - 1);
        return first;
    }

    private static Object unshift(Realm realm, Object thisArg, Object[] args) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        int n = args.length;
        if (n > 0) {
            if (o instanceof JSArray a && a.hasSimpleElements() && a.isExtensible()) { // fast path: move the store
                a.insertFirst(args);
                return a.lengthValue();
            }
            moveElements(o, 0, n, len);
            for (int i = 0; i < n; i++) {
                set(o, i, args[i]);
            }
        }
        setLength(o, len + n);
        return Numbers.normalize((double) (len + n));
    }

    /** Moves `count` elements from `from` to `to`, keeping holes as holes, without overlap damage. */
    private static void moveElements(JSObject o, long from, long to, long count) {
        boolean forward = to < from;
        for (long i = 0; i < count; i++) {
            long k = forward ? i : count - 1 - i;
            if (has(o, from + k)) {
                set(o, to + k, get(o, from + k));
            } else {
                delete(o, to + k);
            }
        }
    }

    private static Object splice(Realm realm, Object thisArg, Object[] args) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        long start = relativeIndex(arg(args, 0), len, 0);
        long deleteCount;
        if (args.length == 0) {
            deleteCount = 0;
        } else if (args.length == 1) {
            deleteCount = len - start;
        } else {
            double dc = Conversions.toIntegerOrInfinity(args[1]);
            deleteCount = (long) Math.min(Math.max(dc, 0), len - start);
        }
        int itemCount = Math.max(args.length - 2, 0);
        JSArray removed = realm.newArray((int) deleteCount);
        for (long k = 0; k < deleteCount; k++) {
            if (has(o, start + k)) {
                ArrayLike.createDataProperty(removed, k, get(o, start + k));
            }
        }
        setLength(removed, deleteCount);
        if (itemCount != deleteCount) {
            long tail = len - start - deleteCount;
            moveElements(o, start + deleteCount, start + itemCount, tail);
            for (long k = len; k > len - deleteCount + itemCount; k--) {
                delete(o, k - 1);
            }
        }
        for (int i = 0; i < itemCount; i++) {
            set(o, start + i, args[i + 2]);
        }
        setLength(o, len - deleteCount + itemCount);
        return removed;
    }

    private static Object slice(Realm realm, Object thisArg, Object[] args) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        long from = relativeIndex(arg(args, 0), len, 0);
        long to = relativeIndex(arg(args, 1), len, len);
        long count = Math.max(to - from, 0);
        JSArray result = realm.newArray((int) count);
        for (long k = 0; k < count; k++) {
            if (has(o, from + k)) {
                ArrayLike.createDataProperty(result, k, get(o, from + k));
            }
        }
        setLength(result, count);
        return result;
    }

    /** concat: arrays are spread (keeping their holes), anything else is one element. */
    private static Object concat(Realm realm, Object thisArg, Object[] args) {
        JSArray result = realm.newArray(0);
        long n = 0;
        Object[] items = new Object[args.length + 1];
        items[0] = Builtins.toObject(realm, thisArg);
        System.arraycopy(args, 0, items, 1, args.length);
        for (Object item : items) {
            if (item instanceof JSArray a) {
                long len = a.longLength();
                for (long k = 0; k < len; k++) {
                    if (has(a, k)) {
                        ArrayLike.createDataProperty(result, n, get(a, k));
                    }
                    n++;
                }
            } else {
                ArrayLike.createDataProperty(result, n++, item);
            }
        }
        setLength(result, n);
        return result;
    }

    /** join: elements as strings (undefined, null and holes as ""), nested arrays recursively. */
    private static String join(Realm realm, JSObject o, Object separatorArg, List<JSObject> joining) {
        for (JSObject busy : joining) {
            if (busy == o) {
                return ""; // V8 cuts cycles this way: [a] joined inside a is ""
            }
        }
        long len = lengthOf(o);
        String separator = separatorArg == Oddball.UNDEFINED ? "," : Conversions.toString(separatorArg);
        joining.add(o);
        try {
            StringBuilder sb = new StringBuilder();
            for (long k = 0; k < len; k++) {
                if (k > 0) {
                    sb.append(separator);
                }
                Object element = get(o, k);
                if (!Oddball.isNullish(element)) {
                    sb.append(Conversions.toString(element));
                }
                StringBuiltins.checkLength(sb.length());
            }
            return sb.toString();
        } finally {
            joining.remove(joining.size() - 1);
        }
    }

    /** copyWithin (§23.1.3.4): copies [start, end) over target, as if through a temporary; holes stay holes. */
    private static Object copyWithin(Realm realm, Object thisArg, Object[] args) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        long to = relativeIndex(arg(args, 0), len, 0);
        long from = relativeIndex(arg(args, 1), len, 0);
        long end = relativeIndex(arg(args, 2), len, len);
        long count = Math.min(end - from, len - to);
        int direction = 1;
        if (from < to && to < from + count) {
            direction = -1;
            from += count - 1;
            to += count - 1;
        }
        for (; count > 0; count--, from += direction, to += direction) {
            if (has(o, from)) {
                set(o, to, get(o, from));
            } else {
                delete(o, to);
            }
        }
        return o;
    }

    private static Object reverse(Realm realm, Object thisArg, Object[] args) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        for (long lower = 0, upper = len - 1; lower < upper; lower++, upper--) {
            boolean lowerExists = has(o, lower);
            boolean upperExists = has(o, upper);
            Object lowerValue = lowerExists ? get(o, lower) : null;
            Object upperValue = upperExists ? get(o, upper) : null;
            if (upperExists) {
                set(o, lower, upperValue);
            } else {
                delete(o, lower);
            }
            if (lowerExists) {
                set(o, upper, lowerValue);
            } else {
                delete(o, upper);
            }
        }
        return o;
    }

    private static Object fill(Realm realm, Object thisArg, Object[] args) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        long from = relativeIndex(arg(args, 1), len, 0);
        long to = relativeIndex(arg(args, 2), len, len);
        for (long k = from; k < to; k++) {
            set(o, k, arg(args, 0));
        }
        return o;
    }

    /** indexOf / lastIndexOf: strict equality (so NaN is never found), holes skipped. */
    private static Object indexOf(Realm realm, Object thisArg, Object[] args, boolean last) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        if (len == 0) {
            return -1;
        }
        Object target = arg(args, 0);
        if (!last) {
            double n = Conversions.toIntegerOrInfinity(arg(args, 1));
            long k = (long) (n >= 0 ? Math.min(n, len) : Math.max(len + n, 0));
            long[] present = ArrayLike.presentIndices(o, k, len);
            if (present != null) {
                for (long p : present) {
                    if (has(o, p) && Operators.strictEquals(get(o, p), target)) {
                        return Numbers.normalize((double) p);
                    }
                }
                return -1;
            }
            for (; k < len; k++) {
                if (has(o, k) && Operators.strictEquals(get(o, k), target)) {
                    return Numbers.normalize((double) k);
                }
            }
        } else {
            double n = args.length > 1 ? Conversions.toIntegerOrInfinity(args[1]) : len - 1;
            long k = (long) (n >= 0 ? Math.min(n, len - 1) : len + n);
            long[] present = k < 0 ? null : ArrayLike.presentIndices(o, 0, k + 1);
            if (present != null) {
                for (int i = present.length - 1; i >= 0; i--) {
                    if (has(o, present[i]) && Operators.strictEquals(get(o, present[i]), target)) {
                        return Numbers.normalize((double) present[i]);
                    }
                }
                return -1;
            }
            for (; k >= 0; k--) {
                if (has(o, k) && Operators.strictEquals(get(o, k), target)) {
                    return Numbers.normalize((double) k);
                }
            }
        }
        return -1;
    }

    /** includes: SameValueZero (so NaN is found), holes read as undefined. */
    private static Object includes(Realm realm, Object thisArg, Object[] args) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        double n = Conversions.toIntegerOrInfinity(arg(args, 1));
        long k = (long) (n >= 0 ? Math.min(n, len) : Math.max(len + n, 0));
        for (; k < len; k++) {
            if (Operators.sameValueZero(get(o, k), arg(args, 0))) {
                return true;
            }
        }
        return false;
    }
}

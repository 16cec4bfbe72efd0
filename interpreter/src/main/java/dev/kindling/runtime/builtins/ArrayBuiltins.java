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
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Operators;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.PropertyAttributes;
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
        realm.defineGetter(array, JSSymbol.SPECIES, (r, self, args) -> self);
        realm.defineMethod(array, "isArray", 1, (r, thisArg, args) -> arg(args, 0) instanceof JSArray);
        realm.defineMethod(array, "of", 0, (r, thisArg, args) -> of(r, thisArg, args, array));
        realm.defineMethod(array, "from", 1, (r, thisArg, args) -> from(r, thisArg, args, array));

        realm.defineMethod(proto, "push", 1, ArrayBuiltins::push);
        realm.defineMethod(proto, "pop", 0, ArrayBuiltins::pop);
        realm.defineMethod(proto, "shift", 0, ArrayBuiltins::shift);
        realm.defineMethod(proto, "unshift", 1, ArrayBuiltins::unshift);
        realm.defineMethod(proto, "splice", 2, ArrayBuiltins::splice);
        realm.defineMethod(proto, "slice", 2, ArrayBuiltins::slice);
        realm.defineMethod(proto, "concat", 1, ArrayBuiltins::concat);
        realm.defineMethod(proto, "toReversed", 0, ArrayBuiltins::toReversed);
        realm.defineMethod(proto, "toSpliced", 2, ArrayBuiltins::toSpliced);
        realm.defineMethod(proto, "with", 2, ArrayBuiltins::with);
        defineUnscopables(realm, proto);
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
    /**
     * Array.from (§23.1.2.1): each value is mapped as it is read (so a mapper sees the
     * iterator's side effects in order) and defined on `new this()` when `this` is a
     * constructor other than Array (a subclass's from makes the subclass), else on a new Array.
     */
    private static Object from(Realm realm, Object thisArg, Object[] args, JSFunction array) {
        Object items = arg(args, 0);
        Object mapArg = arg(args, 1);
        JSFunction mapFn = mapArg == Oddball.UNDEFINED ? null : callable(mapArg);
        Object self = arg(args, 2);
        if (Oddball.isNullish(items)) {
            throw JSException.typeError(Iterators.notIterableNoSymbolLoad(items));
        }
        JSFunction custom = thisArg != array && thisArg instanceof JSFunction f && f.isConstructor() ? f : null;
        Object method = Iterators.iteratorMethod(realm, items);
        if (!Oddball.isNullish(method)) {
            if (!(method instanceof JSFunction)) {
                throw JSException.typeError("%Array%.from requires that the property of the first argument, "
                        + "items[Symbol.iterator], when exists, be a function");
            }
            JSObject target = custom != null ? (JSObject) custom.construct(new Object[0], custom) : null;
            List<Object> values = new ArrayList<>();
            Iterators.iterate(realm, items, () -> Iterators.notIterableNoSymbolLoad(items), value -> {
                int k = values.size();
                Object v = mapFn == null ? value : mapFn.call(self, new Object[] {value, k});
                values.add(v);
                if (target != null) {
                    ArrayLike.createDataProperty(target, k, v);
                }
            });
            if (target == null) {
                return realm.newArray(values.toArray());
            }
            setLength(target, values.size());
            return target;
        }
        JSObject o = Builtins.toObject(realm, items);
        long len = lengthOf(o);
        JSObject target = custom != null ? (JSObject) custom.construct(new Object[] {Numbers.normalize((double) len)}, custom)
                : ArrayLike.arrayCreate(realm, len);
        for (long k = 0; k < len; k++) {
            Object value = get(o, k);
            ArrayLike.createDataProperty(target, k,
                    mapFn == null ? value : mapFn.call(self, new Object[] {value, Numbers.normalize((double) k)}));
        }
        setLength(target, len);
        return target;
    }

    /** Array.of (§23.1.2.3): its arguments, on `new this(n)` when `this` is a constructor other than Array. */
    private static Object of(Realm realm, Object thisArg, Object[] args, JSFunction array) {
        if (thisArg == array || !(thisArg instanceof JSFunction c) || !c.isConstructor()) {
            return realm.newArray(args.clone());
        }
        JSObject target = (JSObject) c.construct(new Object[] {args.length}, c);
        for (int k = 0; k < args.length; k++) {
            ArrayLike.createDataProperty(target, k, args[k]);
        }
        setLength(target, args.length);
        return target;
    }

    // ---- the methods --------------------------------------------------------------------------

    private static Object push(Realm realm, Object thisArg, Object[] args) {
        int pushed = 0;
        if (thisArg instanceof JSArray a && a.isLengthWritable()) { // fast path, while it serves
            while (pushed < args.length && a.tryFastPush(args[pushed])) {
                pushed++;
            }
            if (pushed == args.length) {
                return a.lengthValue();
            }
        }
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        if (len + args.length - pushed > 9007199254740991L) { // 2^53 - 1, ECMA-262 §23.1.3.23 step 4
            throw JSException.typeError("Pushing " + (args.length - pushed) + " elements on an array-like of length "
                    + len + " is disallowed, as the total surpasses 2**53-1");
        }
        for (Object v : java.util.Arrays.copyOfRange(args, pushed, args.length)) {
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

    /** splice's and toSpliced's count of elements to remove: none, the rest, or the clamped argument. */
    private static long removedCount(Object[] args, long len, long start) {
        if (args.length == 0) {
            return 0;
        }
        if (args.length == 1) {
            return len - start;
        }
        return (long) Math.min(Math.max(Conversions.toIntegerOrInfinity(args[1]), 0), len - start);
    }

    private static Object splice(Realm realm, Object thisArg, Object[] args) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        long start = relativeIndex(arg(args, 0), len, 0);
        long deleteCount = removedCount(args, len, start);
        int itemCount = Math.max(args.length - 2, 0);
        JSObject removed = ArrayLike.speciesCreate(realm, o, deleteCount);
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
        JSObject result = ArrayLike.speciesCreate(realm, o, count);
        for (long k = 0; k < count; k++) {
            if (has(o, from + k)) {
                ArrayLike.createDataProperty(result, k, get(o, from + k));
            }
        }
        setLength(result, count);
        return result;
    }

    /** Array.prototype.toReversed (§23.1.3.33): a reversed copy, holes read as undefined. */
    private static Object toReversed(Realm realm, Object thisArg, Object[] args) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        JSObject result = ArrayLike.arrayCreate(realm, len);
        for (long k = 0; k < len; k++) {
            ArrayLike.createDataProperty(result, k, get(o, len - k - 1));
        }
        return result;
    }

    /** Array.prototype.toSpliced (§23.1.3.35): splice's result array, the receiver untouched. */
    private static Object toSpliced(Realm realm, Object thisArg, Object[] args) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        long start = relativeIndex(arg(args, 0), len, 0);
        long skip = removedCount(args, len, start);
        int insert = Math.max(args.length - 2, 0);
        long newLen = len + insert - skip;
        if (newLen > 9007199254740991L) {
            throw JSException.typeError("Invalid array length");
        }
        JSObject result = ArrayLike.arrayCreate(realm, newLen);
        long k = 0;
        for (; k < start; k++) {
            ArrayLike.createDataProperty(result, k, get(o, k));
        }
        for (int i = 0; i < insert; i++) {
            ArrayLike.createDataProperty(result, k++, args[i + 2]);
        }
        for (long from = start + skip; from < len; from++) {
            ArrayLike.createDataProperty(result, k++, get(o, from));
        }
        return result;
    }

    /** Array.prototype.with (§23.1.3.39): a copy with one element replaced. */
    private static Object with(Realm realm, Object thisArg, Object[] args) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        double relative = Conversions.toIntegerOrInfinity(arg(args, 0));
        double actual = relative >= 0 ? relative : len + relative;
        if (actual >= len || actual < 0) {
            throw JSException.rangeError("Invalid index : " + Conversions.toString(Numbers.normalize(relative)));
        }
        JSObject result = ArrayLike.arrayCreate(realm, len);
        for (long k = 0; k < len; k++) {
            ArrayLike.createDataProperty(result, k, k == (long) actual ? arg(args, 1) : get(o, k));
        }
        return result;
    }

    /**
     * Array.prototype[Symbol.unscopables] (§23.1.3.41): the names a `with` statement does not
     * bind from an array (a null-prototype object of `true`s, in V8's order).
     */
    private static void defineUnscopables(Realm realm, JSObject proto) {
        JSObject list = realm.newObject(null);
        for (String name : new String[] {"at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast",
                "findLastIndex", "flat", "flatMap", "includes", "keys", "values", "toReversed", "toSorted", "toSpliced"}) {
            list.defineOwnProperty(name, true, PropertyAttributes.DEFAULT);
        }
        proto.defineOwnProperty(JSSymbol.UNSCOPABLES, list, PropertyAttributes.CONFIGURABLE);
    }

    /** concat: arrays are spread (keeping their holes), anything else is one element. */
    private static Object concat(Realm realm, Object thisArg, Object[] args) {
        Object[] items = new Object[args.length + 1];
        items[0] = Builtins.toObject(realm, thisArg);
        JSObject result = ArrayLike.speciesCreate(realm, (JSObject) items[0], 0);
        long n = 0;
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

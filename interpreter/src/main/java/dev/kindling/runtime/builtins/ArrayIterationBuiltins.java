/*
 * Array (ECMA-262 §23.1), part 2: the Array.prototype methods that call a JS function for
 * the elements — forEach map filter some every find findIndex findLast findLastIndex reduce
 * reduceRight flatMap sort — and flat.
 *
 * Each reads `length` once, before the first call, and visits indices in order, so a callback
 * that pushes to the array does not extend the walk; forEach/map/filter/some/every/reduce
 * skip holes (HasProperty), find and findIndex do not.
 *
 * sort follows V8's TimSort (see timSortLite) rather than using java.util's: a JS comparator
 * may be inconsistent (`() => Math.random() - 0.5`), and java.util's TimSort then throws
 * "Comparison method violates its general contract"; ours simply finishes. It is stable.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Realm;

import java.util.ArrayList;
import java.util.List;

import static dev.kindling.runtime.BuiltinFunction.arg;
import static dev.kindling.runtime.builtins.ArrayLike.callable;
import static dev.kindling.runtime.builtins.ArrayLike.get;
import static dev.kindling.runtime.builtins.ArrayLike.has;
import static dev.kindling.runtime.builtins.ArrayLike.lengthOf;
import static dev.kindling.runtime.builtins.ArrayLike.set;

final class ArrayIterationBuiltins {
    private ArrayIterationBuiltins() {
    }

    /** What a callback-driven walk does with each callback result. */
    private enum Walk { FOR_EACH, MAP, FILTER, SOME, EVERY }

    static void install(Realm realm, JSObject proto) {
        realm.defineMethod(proto, "forEach", 1, (r, t, a) -> walk(r, t, a, Walk.FOR_EACH));
        realm.defineMethod(proto, "map", 1, (r, t, a) -> walk(r, t, a, Walk.MAP));
        realm.defineMethod(proto, "filter", 1, (r, t, a) -> walk(r, t, a, Walk.FILTER));
        realm.defineMethod(proto, "some", 1, (r, t, a) -> walk(r, t, a, Walk.SOME));
        realm.defineMethod(proto, "every", 1, (r, t, a) -> walk(r, t, a, Walk.EVERY));
        realm.defineMethod(proto, "find", 1, (r, t, a) -> find(r, t, a, false, false));
        realm.defineMethod(proto, "findIndex", 1, (r, t, a) -> find(r, t, a, true, false));
        realm.defineMethod(proto, "findLast", 1, (r, t, a) -> find(r, t, a, false, true));
        realm.defineMethod(proto, "findLastIndex", 1, (r, t, a) -> find(r, t, a, true, true));
        realm.defineMethod(proto, "reduce", 1, (r, t, a) -> reduce(r, t, a, false));
        realm.defineMethod(proto, "reduceRight", 1, (r, t, a) -> reduce(r, t, a, true));
        realm.defineMethod(proto, "flat", 0, (r, t, a) -> {
            JSObject o = Builtins.toObject(r, t);
            double depth = arg(a, 0) == Oddball.UNDEFINED ? 1 : Conversions.toIntegerOrInfinity(arg(a, 0));
            JSObject result = ArrayLike.speciesCreate(r, o, 0);
            List<Object> out = new ArrayList<>();
            flatten(out, o, depth, null, null);
            return fill(result, out);
        });
        realm.defineMethod(proto, "flatMap", 1, (r, t, a) -> {
            JSObject o = Builtins.toObject(r, t);
            JSFunction fn = callable(arg(a, 0));
            JSObject result = ArrayLike.speciesCreate(r, o, 0);
            List<Object> out = new ArrayList<>();
            flatten(out, o, 1, fn, arg(a, 1));
            return fill(result, out);
        });
        realm.defineMethod(proto, "sort", 1, ArrayIterationBuiltins::sort);
        realm.defineMethod(proto, "toSorted", 1, ArrayIterationBuiltins::toSorted);
    }

    /** The elements flat and flatMap collected, defined on their species-created result. */
    private static JSObject fill(JSObject result, List<Object> elements) {
        for (int i = 0; i < elements.size(); i++) {
            ArrayLike.createDataProperty(result, i, elements.get(i));
        }
        return result;
    }

    private static Object walk(Realm realm, Object thisArg, Object[] args, Walk kind) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        JSFunction fn = callable(arg(args, 0));
        Object self = arg(args, 1);
        JSObject mapped = kind == Walk.MAP ? ArrayLike.speciesCreate(realm, o, len)
                : kind == Walk.FILTER ? ArrayLike.speciesCreate(realm, o, 0) : null;
        long kept = 0;
        long[] present = ArrayLike.presentIndices(o, 0, len);
        long steps = present != null ? present.length : len;
        for (long step = 0; step < steps; step++) {
            long k = present != null ? present[(int) step] : step;
            if (!has(o, k)) {
                continue;
            }
            Object value = get(o, k);
            Object result = fn.call(self, new Object[] {value, Numbers.normalize((double) k), o});
            switch (kind) {
                case MAP -> ArrayLike.createDataProperty(mapped, k, result);
                case FILTER -> {
                    if (Conversions.toBoolean(result)) {
                        ArrayLike.createDataProperty(mapped, kept++, value);
                    }
                }
                case SOME -> {
                    if (Conversions.toBoolean(result)) {
                        return true;
                    }
                }
                case EVERY -> {
                    if (!Conversions.toBoolean(result)) {
                        return false;
                    }
                }
                case FOR_EACH -> { }
            }
        }
        return switch (kind) {
            case FOR_EACH -> Oddball.UNDEFINED;
            case MAP, FILTER -> mapped;
            case SOME -> false;
            case EVERY -> true;
        };
    }

    private static Object find(Realm realm, Object thisArg, Object[] args, boolean wantIndex, boolean fromEnd) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        JSFunction fn = callable(arg(args, 0));
        for (long i = 0; i < len; i++) {
            long k = fromEnd ? len - 1 - i : i;
            Object value = get(o, k);
            Object index = Numbers.normalize((double) k);
            if (Conversions.toBoolean(fn.call(arg(args, 1), new Object[] {value, index, o}))) {
                return wantIndex ? index : value;
            }
        }
        return wantIndex ? -1 : Oddball.UNDEFINED;
    }

    private static Object reduce(Realm realm, Object thisArg, Object[] args, boolean fromEnd) {
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        JSFunction fn = callable(arg(args, 0));
        long i = 0;
        Object accumulator;
        if (args.length >= 2) {
            accumulator = args[1];
        } else {
            while (i < len && !has(o, fromEnd ? len - 1 - i : i)) {
                i++;
            }
            if (i == len) {
                throw JSException.typeError("Reduce of empty array with no initial value");
            }
            accumulator = get(o, fromEnd ? len - 1 - i : i);
            i++;
        }
        for (; i < len; i++) {
            long k = fromEnd ? len - 1 - i : i;
            if (has(o, k)) {
                accumulator = fn.call(Oddball.UNDEFINED,
                        new Object[] {accumulator, get(o, k), Numbers.normalize((double) k), o});
            }
        }
        return accumulator;
    }

    /** FlattenIntoArray (§23.1.3.13.1): arrays nested up to `depth` are spread; holes dropped. */
    private static void flatten(List<Object> out, JSObject source, double depth, JSFunction mapper, Object self) {
        long len = lengthOf(source);
        for (long k = 0; k < len; k++) {
            if (!has(source, k)) {
                continue;
            }
            Object element = get(source, k);
            if (mapper != null) {
                element = mapper.call(self, new Object[] {element, Numbers.normalize((double) k), source});
            }
            if (depth > 0 && element instanceof JSArray inner) {
                flatten(out, inner, depth - 1, null, null);
            } else {
                out.add(element);
            }
        }
    }

    // ---- sort ---------------------------------------------------------------------------------

    /** An element being sorted, with its string when the default order compares strings. */
    private record Item(Object value, String key) {
    }

    /**
     * Array.prototype.sort (§23.1.3.30): the present elements are sorted (undefined last, by
     * the comparator or by their strings), written back from index 0, and the holes end up
     * at the end.
     */
    private static JSFunction comparator(Object[] args) {
        Object comparator = arg(args, 0);
        if (comparator != Oddball.UNDEFINED && !(comparator instanceof JSFunction)) {
            throw JSException.typeError("The comparison function must be either a function or undefined");
        }
        return comparator instanceof JSFunction f ? f : null;
    }

    /**
     * SortIndexedProperties (§23.1.3.30.1): the values of indices 0..len-1, sorted, undefined
     * last; holes are skipped when `skipHoles` (sort) and read as undefined otherwise
     * (toSorted). Returns the sorted values and, in `undefinedCount[0]`, how many undefined
     * follow them.
     */
    private static Item[] sortedValues(JSObject o, long len, JSFunction fn, boolean skipHoles, long[] undefinedCount) {
        List<Item> items = new ArrayList<>();
        for (long k = 0; k < len; k++) {
            if (!skipHoles || has(o, k)) {
                Object v = get(o, k);
                if (v == Oddball.UNDEFINED) {
                    undefinedCount[0]++;
                } else {
                    items.add(new Item(v, fn == null ? Conversions.toString(v) : null));
                }
            }
        }
        Item[] sorted = items.toArray(new Item[0]);
        timSortLite(sorted, fn);
        return sorted;
    }

    /** Array.prototype.toSorted (§23.1.3.34): a sorted copy; the receiver is not changed. */
    private static Object toSorted(Realm realm, Object thisArg, Object[] args) {
        JSFunction fn = comparator(args);
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        JSObject result = ArrayLike.arrayCreate(realm, len);
        long[] undefinedCount = new long[1];
        long k = 0;
        for (Item item : sortedValues(o, len, fn, false, undefinedCount)) {
            ArrayLike.createDataProperty(result, k++, item.value());
        }
        for (; k < len; k++) {
            ArrayLike.createDataProperty(result, k, Oddball.UNDEFINED);
        }
        return result;
    }

    private static Object sort(Realm realm, Object thisArg, Object[] args) {
        JSFunction fn = comparator(args);
        JSObject o = Builtins.toObject(realm, thisArg);
        long len = lengthOf(o);
        long[] undefinedCounts = new long[1];
        Item[] sorted = sortedValues(o, len, fn, true, undefinedCounts);
        long undefinedCount = undefinedCounts[0];
        long k = 0;
        for (Item item : sorted) {
            set(o, k++, item.value());
        }
        for (long u = 0; u < undefinedCount; u++) {
            set(o, k++, Oddball.UNDEFINED);
        }
        for (; k < len; k++) {
            ArrayLike.delete(o, k);
        }
        return o;
    }

    /**
     * V8's sort (third_party/v8/builtins/array-sort.tq, a TimSort) without galloping: runs of
     * at least minRun elements are found or made by binary insertion exactly as V8 does, then
     * merged pairwise. Arrays shorter than 64 are one run, so for them the comparator is
     * called in V8's order and even an inconsistent comparator (`(a, b) => a > b`) gives
     * node's result; longer arrays agree with node whenever the comparator is consistent.
     */
    private static void timSortLite(Item[] a, JSFunction fn) {
        int n = a.length;
        if (n < 2) {
            return;
        }
        int minRun = minRunLength(n);
        List<int[]> runs = new ArrayList<>();
        for (int low = 0; low < n; ) {
            int remaining = n - low;
            int runLength = countAndMakeRun(a, low, low + remaining, fn);
            if (runLength < minRun) {
                int forced = Math.min(minRun, remaining);
                binaryInsertionSort(a, low, low + runLength, low + forced, fn);
                runLength = forced;
            }
            runs.add(new int[] {low, low + runLength});
            low += runLength;
        }
        Item[] tmp = new Item[n];
        while (runs.size() > 1) {
            List<int[]> merged = new ArrayList<>();
            for (int i = 0; i + 1 < runs.size(); i += 2) {
                int lo = runs.get(i)[0];
                int mid = runs.get(i)[1];
                int hi = runs.get(i + 1)[1];
                merge(a, tmp, lo, mid, hi, fn);
                merged.add(new int[] {lo, hi});
            }
            if (runs.size() % 2 == 1) {
                merged.add(runs.get(runs.size() - 1));
            }
            runs = merged;
        }
    }

    private static int minRunLength(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** The length of the run starting at `low`; a strictly descending run is reversed. */
    private static int countAndMakeRun(Item[] a, int low, int high, JSFunction fn) {
        if (low + 1 == high) {
            return 1;
        }
        int runLength = 2;
        boolean descending = compare(fn, a[low + 1], a[low]) < 0;
        Item previous = a[low + 1];
        for (int i = low + 2; i < high; i++) {
            double order = compare(fn, a[i], previous);
            if (descending ? order >= 0 : order < 0) {
                break;
            }
            previous = a[i];
            runLength++;
        }
        if (descending) {
            for (int i = low, j = low + runLength - 1; i < j; i++, j--) {
                Item t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }
        return runLength;
    }

    /** Sorts a[low, high) given that a[low, start) is sorted: binary search, then shift. */
    private static void binaryInsertionSort(Item[] a, int low, int start, int high, JSFunction fn) {
        if (start == low) {
            start++;
        }
        for (; start < high; start++) {
            int left = low;
            int right = start;
            Item pivot = a[start];
            while (left < right) {
                int mid = left + ((right - left) >> 1);
                if (compare(fn, pivot, a[mid]) < 0) {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            System.arraycopy(a, left, a, left + 1, start - left);
            a[left] = pivot;
        }
    }

    /** Stable merge of the sorted runs a[lo, mid) and a[mid, hi). */
    private static void merge(Item[] a, Item[] tmp, int lo, int mid, int hi, JSFunction fn) {
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int t = lo; t < hi; t++) {
            if (i < mid && (j >= hi || compare(fn, tmp[j], tmp[i]) >= 0)) {
                a[t] = tmp[i++];
            } else {
                a[t] = tmp[j++];
            }
        }
    }

    /** SortCompare (§23.1.3.30.2): the comparator's number (NaN as 0) or string order. */
    private static double compare(JSFunction fn, Item x, Item y) {
        if (fn == null) {
            return x.key().compareTo(y.key());
        }
        double v = Conversions.toNumber(fn.call(Oddball.UNDEFINED, new Object[] {x.value(), y.value()}));
        return Double.isNaN(v) ? 0 : v;
    }
}

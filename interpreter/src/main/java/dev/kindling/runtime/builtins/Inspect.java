/*
 * util.inspect: the text console.log prints for a value that is not a string. A port of the
 * object-walking half of node v20's lib/internal/util/inspect.js (formatValue, formatRaw,
 * formatProperty, formatArray, formatSpecialArray), with node's defaults: depth 2, 100 array
 * elements, breakLength 80, compact 3, no colors. InspectPrimitives prints primitives and keys,
 * InspectNames finds the constructor name and prefix, InspectLayout decides the line breaks,
 * InspectErrors prints errors.
 *
 * What is printed, in node's words:
 *   - only own enumerable string keys, in [[OwnPropertyKeys]] order (showHidden: all own keys,
 *     the non-enumerable ones in [brackets]);
 *   - an object whose prototype's constructor is a named function other than Object is
 *     prefixed with that name (`Point { x: 1 }`); a null prototype reads
 *     `[Object: null prototype] {}`;
 *   - objects nested deeper than `depth` print as [Object], [Array], [Point];
 *   - an object met again while it is being printed is `[Circular *1]`, and the outer
 *     occurrence is marked `<ref *1>`;
 *   - accessors print as [Getter], [Setter] or [Getter/Setter] (they are never called);
 *   - a Map prints its entries as `Map(2) { 'a' => 1, 'b' => 2 }`, a Set as `Set(1) { 1 }`;
 *   - a promise its state: `Promise { 1 }`, `Promise { <pending> }`, `Promise { <rejected> 2 }`.
 *
 * One Inspect instance prints one value: it holds node's `ctx` (indentation, the stack of
 * objects being printed, the circular-reference numbering). Reading a property may run a
 * getter-free [[Get]] on `name`, `message`, `stack` and `constructor.name`, as node does.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.AccessorPair;
import dev.kindling.runtime.ArrayIndex;
import dev.kindling.runtime.ErrorType;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSError;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSPromise;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

public final class Inspect {
    /** The util.inspect options Kindling supports. depth = Integer.MAX_VALUE means Infinity. */
    public record Options(int depth, boolean showHidden, int breakLength, int compact,
                          int maxArrayLength, int maxStringLength) {
        /** node's inspectDefaultOptions: what console.log uses. */
        public static final Options DEFAULTS = new Options(2, false, 80, 3, 100, 10000);

        public Options withDepth(int newDepth) {
            return new Options(newDepth, showHidden, breakLength, compact, maxArrayLength, maxStringLength);
        }

        public Options withShowHidden(boolean hidden) {
            return new Options(depth, hidden, breakLength, compact, maxArrayLength, maxStringLength);
        }
    }

    private final Realm realm;
    private final Options options;
    private int indentationLvl;
    /** The deepest level of the most recently printed object (node's ctx.currentDepth). */
    private int currentDepth;
    /** The objects being printed, outermost first (node's ctx.seen). */
    private final List<JSObject> seen = new ArrayList<>();
    /** The number of each object found to be circular (node's ctx.circular). */
    private IdentityHashMap<JSObject, Integer> circular;

    private Inspect(Realm realm, Options options) {
        this.realm = realm;
        this.options = options;
    }

    /** util.inspect(value) with node's defaults. */
    public static String inspect(Realm realm, Object value) {
        return inspect(realm, value, Options.DEFAULTS);
    }

    public static String inspect(Realm realm, Object value, Options options) {
        return new Inspect(realm, options).formatValue(value, 0);
    }

    // ---- formatValue / formatRaw --------------------------------------------------------------

    private String formatValue(Object value, int recurseTimes) {
        if (!(value instanceof JSObject object)) {
            return InspectPrimitives.formatPrimitive(value, options, indentationLvl);
        }
        if (object instanceof dev.kindling.runtime.CustomInspect custom) {
            return custom.inspect();
        }
        if (seen.contains(object)) {
            if (circular == null) {
                circular = new IdentityHashMap<>();
            }
            Integer index = circular.get(object);
            if (index == null) {
                index = circular.size() + 1;
                circular.put(object, index);
            }
            return "[Circular *" + index + "]";
        }
        return formatRaw(object, recurseTimes);
    }

    private String formatRaw(JSObject value, int recurseTimes) {
        String constructor = InspectNames.constructorName(realm, options, value, recurseTimes);
        String tag = toStringTag(value);
        String base = "";
        String openBrace = "{";
        List<Object> keys;
        JSArray array = value instanceof JSArray a ? a : null;

        if (array != null) {
            String prefix = !"Array".equals(constructor) || !tag.isEmpty()
                    ? InspectNames.prefix(constructor, tag, "Array", "(" + array.longLength() + ")") : "";
            keys = keys(value, true);
            openBrace = prefix + "[";
            if (array.longLength() == 0 && keys.isEmpty()) {
                return openBrace + "]";
            }
        } else {
            keys = keys(value, false);
            if (value instanceof JSFunction fn) {
                base = InspectNames.functionBase(fn, constructor, tag);
                if (keys.isEmpty()) {
                    return base;
                }
            } else if (value instanceof WeakCollectionBuiltins.JSWeakCollection && keys.isEmpty()) {
                return InspectNames.prefix(constructor, tag, value.className(), "") + "{ <items unknown> }";
            } else if (value instanceof MapSetBuiltins.CollectionIterator it) {
                openBrace = "[" + tag + "] {";
                if (it.isKeyValue()) {
                    openBrace = openBrace.replace(" Iterator] {", " Entries] {");
                }
            } else if (value instanceof MapSetBuiltins.JSCollection c) {
                String prefix = InspectNames.prefix(constructor, tag, c.className(), "(" + c.table.size() + ")");
                if (c.table.size() == 0 && keys.isEmpty()) {
                    return prefix + "{}";
                }
                openBrace = prefix + "{";
            } else if (value instanceof DateBuiltins.JSDate date) {
                // formatRaw's isDate: the ISO string (toString's "Invalid Date" for NaN), prefixed
                // by the constructor's name only when it is not Date.
                base = Double.isNaN(date.time) ? "Invalid Date" : DateFormat.toISOString(date.time);
                String prefix = InspectNames.prefix(constructor, tag, "Date", "");
                if (!prefix.equals("Date ")) {
                    base = prefix + base;
                }
                if (keys.isEmpty()) {
                    return base;
                }
            } else if (value instanceof dev.kindling.runtime.JSRegExp re) {
                // formatRaw's isRegExp: RegExp.prototype.toString of the internal slots, prefixed
                // by the constructor's name only when it is not RegExp.
                base = "/" + RegExpBuiltins.escapeSource(re.code().source()) + "/" + re.code().flags();
                String prefix = InspectNames.prefix(constructor, tag, "RegExp", "");
                if (!prefix.equals("RegExp ")) {
                    base = prefix + base;
                }
                if (keys.isEmpty()) {
                    return base;
                }
            } else if (value instanceof JSPromise) {
                openBrace = InspectNames.prefix(constructor, tag, "Promise", "") + "{";
            } else if ("Object".equals(constructor)) {
                if (value.className().equals("Arguments")) {
                    openBrace = "[Arguments] {";
                } else if (!tag.isEmpty()) {
                    openBrace = InspectNames.prefix(constructor, tag, "Object", "") + "{";
                }
                if (keys.isEmpty()) {
                    return openBrace + "}";
                }
            } else if (isError(realm, value)) {
                base = InspectErrors.formatError(realm, value, constructor, tag, options.showHidden(), indentationLvl, keys);
                if (keys.isEmpty()) {
                    return base;
                }
            } else if (value instanceof PrimitiveWrapper wrapper) {
                base = InspectNames.boxedBase(wrapper, constructor, tag, options, indentationLvl);
                if (keys.isEmpty()) {
                    return base;
                }
            } else {
                openBrace = InspectNames.ctxStyle(value, constructor, tag) + "{";
                if (keys.isEmpty()) {
                    return openBrace + "}";
                }
            }
        }

        if (recurseTimes > options.depth()) {
            String name = InspectNames.ctxStyle(value, constructor, tag);
            name = name.substring(0, name.length() - 1);
            return constructor != null ? "[" + name + "]" : name;
        }
        recurseTimes++;
        seen.add(value);
        currentDepth = recurseTimes;
        List<String> output = array != null ? formatArray(array, recurseTimes)
                : value instanceof MapSetBuiltins.JSCollection c ? formatCollection(c, recurseTimes)
                : value instanceof MapSetBuiltins.CollectionIterator it ? formatIterator(it, recurseTimes)
                : value instanceof JSPromise p ? formatPromise(p, recurseTimes) : new ArrayList<>();
        for (Object key : keys) {
            output.add(formatProperty(value, recurseTimes, key, false));
        }
        if (circular != null) {
            Integer index = circular.get(value);
            if (index != null) {
                String reference = "<ref *" + index + ">";
                base = base.isEmpty() ? reference : reference + " " + base;
            }
        }
        seen.remove(seen.size() - 1);
        String closeBrace = array != null ? "]" : "}";
        return InspectLayout.reduceToSingleString(options, indentationLvl, currentDepth, output, base,
                openBrace, closeBrace, array != null, recurseTimes, array);
    }

    /**
     * node's tag: value[Symbol.toStringTag] when it is a non-empty string that is not also
     * printed as a property (an own enumerable one; with showHidden, any own one).
     */
    private String toStringTag(JSObject value) {
        if (value instanceof TaggedObject t) {
            return t.className();
        }
        Object tag = value.get(dev.kindling.runtime.JSSymbol.TO_STRING_TAG);
        if (!(tag instanceof String s) || s.isEmpty()) {
            return "";
        }
        int attrs = value.getOwnAttributes(dev.kindling.runtime.JSSymbol.TO_STRING_TAG);
        boolean printedAsProperty = attrs >= 0 && (options.showHidden() || PropertyAttributes.isEnumerable(attrs));
        return printedAsProperty ? "" : s;
    }

    /** isError: a native error, or any object that inherits from the realm's Error.prototype. */
    static boolean isError(Realm realm, JSObject value) {
        return value instanceof JSError || InspectNames.inheritsFrom(value, realm.errorPrototype(ErrorType.Error));
    }

    // ---- keys and properties ------------------------------------------------------------------

    /**
     * getKeys: own enumerable keys, strings then symbols (all own keys with showHidden). For
     * arrays only the non-index keys (the elements are printed by formatArray); a String
     * wrapper's indices are left out as node does.
     */
    private List<Object> keys(JSObject value, boolean nonIndexOnly) {
        List<Object> keys = new ArrayList<>();
        for (Object key : value.ownPropertyKeys()) {
            if (nonIndexOnly && ArrayIndex.parse(key) >= 0) {
                continue;
            }
            if (value instanceof PrimitiveWrapper w && w.primitive() instanceof String s
                    && ArrayIndex.parse(key) >= 0 && ArrayIndex.parse(key) < s.length()) {
                continue;
            }
            int attrs = value.getOwnAttributes(key);
            if (options.showHidden() || PropertyAttributes.isEnumerable(attrs)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** formatProperty: `key: value` (just the value for an array element). */
    private String formatProperty(JSObject value, int recurseTimes, Object key, boolean arrayElement) {
        int attrs = value.getOwnAttributes(key);
        String str;
        if (attrs < 0) {
            // Not an own property (e.g. an inherited `cause`): node prints value[key].
            str = formatNested(value.get(key), recurseTimes);
            attrs = PropertyAttributes.DEFAULT;
        } else if (PropertyAttributes.isAccessor(attrs)) {
            AccessorPair pair = (AccessorPair) value.getOwnRaw(key);
            if (pair.getter != null) {
                str = pair.setter != null ? "[Getter/Setter]" : "[Getter]";
            } else {
                str = pair.setter != null ? "[Setter]" : "undefined";
            }
        } else {
            str = formatNested(value.getOwnRaw(key), recurseTimes);
        }
        if (arrayElement) {
            return str;
        }
        return InspectPrimitives.formatKey(key, PropertyAttributes.isEnumerable(attrs)) + ": " + str;
    }

    /** A property value, printed two columns further in than its owner. */
    private String formatNested(Object value, int recurseTimes) {
        indentationLvl += 2;
        String str = formatValue(value, recurseTimes);
        indentationLvl -= 2;
        return str;
    }

    /**
     * formatArray: the first maxArrayLength elements. From the first hole on, node walks the
     * present index keys instead (formatSpecialArray): each run of holes is one entry
     * `<N empty items>`, and the entry cap counts runs, not indices — so a sparse array of
     * length 2^32-1 prints in time proportional to its few elements.
     */
    private List<String> formatArray(JSArray array, int recurseTimes) {
        long length = array.longLength();
        int maxLength = (int) Math.min(Math.max(0, options.maxArrayLength()), length);
        List<String> output = new ArrayList<>();
        int index = 0;
        // Fast path: a packed prefix, read straight from the elements store (a sparse array's
        // elements may be accessors: formatProperty below prints those).
        for (; array.isDense() && index < maxLength; index++) {
            Object element = array.rawElement(index);
            if (element == Oddball.THE_HOLE) {
                break;
            }
            output.add(formatNested(element, recurseTimes));
        }
        if (index == maxLength) {
            if (length > maxLength) {
                output.add(moreItems(length - maxLength));
            }
            return output;
        }
        // Slow path: walk the present indices (ownKeys lists them first, ascending).
        long next = index;
        for (String key : array.ownKeys()) {
            long k = ArrayIndex.parse(key);
            if (k < 0 || output.size() >= maxLength) {
                break;
            }
            if (k < next) {
                continue;
            }
            if (k != next) {
                output.add(emptyItems(k - next));
                next = k;
                if (output.size() == maxLength) {
                    break;
                }
            }
            output.add(formatProperty(array, recurseTimes, key, true));
            next++;
        }
        long remaining = length - next;
        if (output.size() != maxLength) {
            if (remaining > 0) {
                output.add(emptyItems(remaining));
            }
        } else if (remaining > 0) {
            output.add(moreItems(remaining));
        }
        return output;
    }

    /** formatMap / formatSet: `key => value` or the value, for the first maxArrayLength entries. */
    private List<String> formatCollection(MapSetBuiltins.JSCollection c, int recurseTimes) {
        List<String> output = new ArrayList<>();
        List<Integer> live = c.table.livePositions();
        int maxLength = Math.min(Math.max(0, options.maxArrayLength()), live.size());
        indentationLvl += 2;
        for (int i = 0; i < maxLength; i++) {
            int position = live.get(i);
            String key = formatValue(c.table.keyAt(position), recurseTimes);
            output.add(c.isMap ? key + " => " + formatValue(c.table.valueAt(position), recurseTimes) : key);
        }
        indentationLvl -= 2;
        if (live.size() > maxLength) {
            output.add(moreItems(live.size() - maxLength));
        }
        return output;
    }

    /**
     * formatIterator: a Map or Set iterator shows the entries it has still to yield, without
     * advancing — `[Map Iterator] { 'a' }`, or `[ k, v ]` pairs for an entries iterator.
     */
    private List<String> formatIterator(MapSetBuiltins.CollectionIterator it, int recurseTimes) {
        List<String> output = new ArrayList<>();
        List<Object[]> entries = it.preview();
        int maxLength = Math.min(Math.max(0, options.maxArrayLength()), entries.size());
        indentationLvl += 2;
        for (int i = 0; i < maxLength; i++) {
            Object[] entry = entries.get(i);
            if (it.isKeyValue()) {
                List<String> pair = new ArrayList<>(List.of(formatValue(entry[0], recurseTimes),
                        formatValue(entry[1], recurseTimes)));
                output.add(InspectLayout.reduceToSingleString(options, indentationLvl, currentDepth, pair, "",
                        "[", "]", true, recurseTimes, null));
            } else {
                output.add(formatValue(it.yieldsKeys() ? entry[0] : entry[1], recurseTimes));
            }
        }
        indentationLvl -= 2;
        if (entries.size() > maxLength) {
            output.add(moreItems(entries.size() - maxLength));
        }
        return output;
    }

    /** formatPromise: `<pending>`, the value, or `<rejected> ` and the reason. */
    private List<String> formatPromise(JSPromise promise, int recurseTimes) {
        List<String> output = new ArrayList<>();
        if (promise.state() == JSPromise.State.PENDING) {
            output.add("<pending>");
        } else {
            String str = formatNested(promise.result(), recurseTimes);
            output.add(promise.state() == JSPromise.State.REJECTED ? "<rejected> " + str : str);
        }
        return output;
    }

    private static String emptyItems(long count) {
        return "<" + count + " empty item" + (count > 1 ? "s" : "") + ">";
    }

    private static String moreItems(long count) {
        return "... " + count + " more item" + (count > 1 ? "s" : "");
    }

    /**
     * node's identicalSequenceRange: {length, offset in a} of the first run of more than 3
     * lines shared with b (where node cuts repeated stack frames: an error's cause, an
     * 'error' event's emit site).
     */
    public static int[] identicalSequenceRange(List<String> a, List<String> b) {
        for (int i = 0; i < a.size() - 3; i++) {
            int pos = b.indexOf(a.get(i));
            if (pos != -1) {
                int rest = b.size() - pos;
                if (rest > 3) {
                    int len = 1;
                    int maxLen = Math.min(a.size() - i, rest);
                    while (maxLen > len && a.get(i + len).equals(b.get(pos + len))) {
                        len++;
                    }
                    if (len > 3) {
                        return new int[] {len, i};
                    }
                }
            }
        }
        return new int[] {0, 0};
    }
}

/*
 * util.inspect: the text console.log prints for a value that is not a string. A port of the
 * object-walking half of node v20's lib/internal/util/inspect.js (formatValue, formatRaw,
 * getConstructorName, formatProperty, formatArray), with node's defaults: depth 2, 100 array
 * elements, breakLength 80, compact 3, no colors. InspectPrimitives prints primitives and keys,
 * InspectLayout decides the line breaks, InspectErrors prints errors.
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
 *   - accessors print as [Getter], [Setter] or [Getter/Setter] (they are never called).
 *
 * One Inspect instance prints one value: it holds node's `ctx` (indentation, the stack of
 * objects being printed, the circular-reference numbering). Reading a property may run a
 * getter-free [[Get]] on `name`, `message`, `stack` and `constructor.name`, as node does.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.AccessorPair;
import dev.kindling.runtime.ArrayIndex;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.ErrorType;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSError;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
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
        String constructor = constructorName(value, recurseTimes);
        String tag = value instanceof TaggedObject t ? t.className() : "";
        String base = "";
        String openBrace = "{";
        List<String> keys;
        JSArray array = value instanceof JSArray a ? a : null;

        if (array != null) {
            String prefix = !"Array".equals(constructor) || !tag.isEmpty()
                    ? prefix(constructor, tag, "Array", "(" + array.length() + ")") : "";
            keys = keys(value, true);
            openBrace = prefix + "[";
            if (array.length() == 0 && keys.isEmpty()) {
                return openBrace + "]";
            }
        } else {
            keys = keys(value, false);
            if (value instanceof JSFunction fn) {
                base = functionBase(fn, constructor, tag);
                if (keys.isEmpty()) {
                    return base;
                }
            } else if ("Object".equals(constructor)) {
                if (value.className().equals("Arguments")) {
                    openBrace = "[Arguments] {";
                } else if (!tag.isEmpty()) {
                    openBrace = prefix(constructor, tag, "Object", "") + "{";
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
                base = boxedBase(wrapper, keys, constructor, tag);
                if (keys.isEmpty()) {
                    return base;
                }
            } else {
                openBrace = ctxStyle(value, constructor, tag) + "{";
                if (keys.isEmpty()) {
                    return openBrace + "}";
                }
            }
        }

        if (recurseTimes > options.depth()) {
            String name = ctxStyle(value, constructor, tag);
            name = name.substring(0, name.length() - 1);
            return constructor != null ? "[" + name + "]" : name;
        }
        recurseTimes++;
        seen.add(value);
        currentDepth = recurseTimes;
        List<String> output = array != null ? formatArray(array, recurseTimes) : new ArrayList<>();
        for (String key : keys) {
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

    /** isError: a native error, or any object that inherits from the realm's Error.prototype. */
    static boolean isError(Realm realm, JSObject value) {
        return value instanceof JSError || inheritsFrom(value, realm.errorPrototype(ErrorType.Error));
    }

    // ---- keys and properties ------------------------------------------------------------------

    /**
     * getKeys: own enumerable keys (all own keys with showHidden). For arrays only the
     * non-index keys (the elements are printed by formatArray); a String wrapper's indices are
     * left out as node does.
     */
    private List<String> keys(JSObject value, boolean nonIndexOnly) {
        List<String> keys = new ArrayList<>();
        for (String key : value.ownKeys()) {
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
    private String formatProperty(JSObject value, int recurseTimes, String key, boolean arrayElement) {
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
     * present indices instead (formatSpecialArray): each run of holes is one entry
     * `<N empty items>`, and the entry cap counts runs, not indices.
     */
    private List<String> formatArray(JSArray array, int recurseTimes) {
        int length = array.length();
        int maxLength = Math.min(Math.max(0, options.maxArrayLength()), length);
        List<String> output = new ArrayList<>();
        int index = 0;
        // Fast path: a packed prefix.
        for (; index < maxLength; index++) {
            Object element = array.rawElement(index);
            if (element == Oddball.THE_HOLE) {
                break;
            }
            output.add(formatNested(element, recurseTimes));
        }
        if (index == maxLength) {
            int remaining = length - maxLength;
            if (remaining > 0) {
                output.add(moreItems(remaining));
            }
            return output;
        }
        // Slow path: holes.
        while (output.size() < maxLength) {
            int next = index;
            while (next < length && array.rawElement(next) == Oddball.THE_HOLE) {
                next++;
            }
            if (next >= length) {
                break;
            }
            if (next != index) {
                output.add(emptyItems(next - index));
                index = next;
                if (output.size() == maxLength) {
                    break;
                }
            }
            output.add(formatNested(array.rawElement(index), recurseTimes));
            index++;
        }
        int remaining = length - index;
        if (output.size() != maxLength) {
            if (remaining > 0) {
                output.add(emptyItems(remaining));
            }
        } else if (remaining > 0) {
            output.add(moreItems(remaining));
        }
        return output;
    }

    private static String emptyItems(int count) {
        return "<" + count + " empty item" + (count > 1 ? "s" : "") + ">";
    }

    private static String moreItems(int count) {
        return "... " + count + " more item" + (count > 1 ? "s" : "");
    }

    // ---- names and prefixes -------------------------------------------------------------------

    /**
     * getConstructorName: the name of the first `constructor` along the prototype chain that
     * is a named function whose prototype the value inherits from; null for an object without
     * a prototype. Object.prototype and Function.prototype answer for themselves.
     */
    private String constructorName(JSObject obj, int recurseTimes) {
        JSObject firstProto = null;
        boolean firstProtoSet = false;
        for (JSObject o = obj; o != null; ) {
            if (o == realm.objectPrototype() && inheritsFrom(obj, o)) {
                return "Object";
            }
            if (o == realm.functionPrototype() && inheritsFrom(obj, o)) {
                return "Function";
            }
            int attrs = o.getOwnAttributes("constructor");
            if (attrs >= 0 && !PropertyAttributes.isAccessor(attrs)
                    && o.getOwnRaw("constructor") instanceof JSFunction ctor) {
                Object name = ctor.get("name");
                if (!"".equals(name) && isInstance(obj, ctor)) {
                    return Conversions.toString(name);
                }
            }
            o = o.getPrototype();
            if (!firstProtoSet) {
                firstProto = o;
                firstProtoSet = true;
            }
        }
        if (firstProto == null) {
            return null;
        }
        String res = obj.className();
        if (recurseTimes > options.depth()) {
            return res + " <Complex prototype>";
        }
        String protoConstructor = constructorName(firstProto, recurseTimes + 1);
        if (protoConstructor == null) {
            return res + " <" + inspect(realm, firstProto, options.withDepth(-1)) + ">";
        }
        return res + " <" + protoConstructor + ">";
    }

    private static boolean inheritsFrom(JSObject obj, JSObject prototype) {
        for (JSObject o = obj.getPrototype(); o != null; o = o.getPrototype()) {
            if (o == prototype) {
                return true;
            }
        }
        return false;
    }

    /** `obj instanceof ctor` by the prototype chain; false where instanceof would throw. */
    private static boolean isInstance(JSObject obj, JSFunction ctor) {
        try {
            return ctor.get("prototype") instanceof JSObject p && inheritsFrom(obj, p);
        } catch (JSException e) {
            return false;
        }
    }

    /** getPrefix: "Point ", "Foo [Math] ", "[Object: null prototype] ", with `size` after the name. */
    static String prefix(String constructor, String tag, String fallback, String size) {
        if (constructor == null) {
            if (!tag.isEmpty() && !fallback.equals(tag)) {
                return "[" + fallback + size + ": null prototype] [" + tag + "] ";
            }
            return "[" + fallback + size + ": null prototype] ";
        }
        if (!tag.isEmpty() && !constructor.equals(tag)) {
            return constructor + size + " [" + tag + "] ";
        }
        return constructor + size + " ";
    }

    /** getCtxStyle: the prefix of an object of any other kind. */
    private static String ctxStyle(JSObject value, String constructor, String tag) {
        String fallback = "";
        if (constructor == null) {
            fallback = value.className();
            if (fallback.equals(tag)) {
                fallback = "Object";
            }
        }
        return prefix(constructor, tag, fallback, "");
    }

    /** getFunctionBase: `[Function: f]`, `[Function (anonymous)]`, `[class A]`. */
    private String functionBase(JSFunction fn, String constructor, String tag) {
        if (fn instanceof HasSourceText source && source.isClassConstructor()) {
            return classBase(fn, constructor, tag);
        }
        String type = "Function";
        StringBuilder base = new StringBuilder("[").append(type);
        if (constructor == null) {
            base.append(" (null prototype)");
        }
        Object name = fn.get("name");
        if ("".equals(name)) {
            base.append(" (anonymous)");
        } else {
            base.append(": ").append(Conversions.toString(name));
        }
        base.append(']');
        if (constructor != null && !constructor.equals(type)) {
            base.append(' ').append(constructor);
        }
        if (!tag.isEmpty() && !tag.equals(constructor)) {
            base.append(" [").append(tag).append(']');
        }
        return base.toString();
    }

    /** getClassBase: `[class A]`, `[class B extends A]`. */
    private String classBase(JSFunction fn, String constructor, String tag) {
        Object name = fn.hasOwnProperty("name") ? fn.get("name") : "";
        StringBuilder base = new StringBuilder("[class ");
        base.append(Conversions.toBoolean(name) ? Conversions.toString(name) : "(anonymous)");
        if (constructor != null && !constructor.equals("Function")) {
            base.append(" [").append(constructor).append(']');
        }
        if (!tag.isEmpty() && !tag.equals(constructor)) {
            base.append(" [").append(tag).append(']');
        }
        if (constructor != null) {
            JSObject superClass = fn.getPrototype();
            Object superName = superClass == null ? Oddball.UNDEFINED : superClass.get("name");
            if (Conversions.toBoolean(superName)) {
                base.append(" extends ").append(Conversions.toString(superName));
            }
        } else {
            base.append(" extends [null prototype]");
        }
        return base.append(']').toString();
    }

    /** getBoxedBase: `[Number: 5]`, `[String: 'ab']`, `[Boolean (Foo): true]`. */
    private String boxedBase(PrimitiveWrapper wrapper, List<String> keys, String constructor, String tag) {
        String type = wrapper.className();
        StringBuilder base = new StringBuilder("[").append(type);
        if (!type.equals(constructor)) {
            base.append(constructor == null ? " (null prototype)" : " (" + constructor + ")");
        }
        base.append(": ").append(InspectPrimitives.formatPrimitive(wrapper.primitive(), options, indentationLvl))
                .append(']');
        if (!tag.isEmpty() && !tag.equals(constructor)) {
            base.append(" [").append(tag).append(']');
        }
        return base.toString();
    }
}

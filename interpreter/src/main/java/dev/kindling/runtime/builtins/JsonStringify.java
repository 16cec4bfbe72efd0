/*
 * JSON.stringify (ECMA-262 §25.5.2): SerializeJSONProperty, SerializeJSONObject,
 * SerializeJSONArray and QuoteJSONString, with toJSON, a replacer function or key list, and
 * the `space` indentation.
 *
 * A circular structure throws V8's TypeError, whose message draws the circle:
 *     Converting circular structure to JSON
 *         --> starting at object with constructor 'Object'
 *         |     property 'b' -> object with constructor 'Object'
 *         --- property 'c' closes the circle
 * (at most two lines after the start, "|     ..." and the last line, as V8 prints it).
 *
 * One instance serializes one value; it holds the state the spec names: the stack of
 * objects being serialized, the indent, the gap, the property list, the replacer.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

final class JsonStringify {
    private static final int PREFIX_LINES = 2;
    private static final int POSTFIX_LINES = 1;

    private final JSFunction replacer;
    private final List<String> propertyList;
    private final String gap;
    private String indent = "";
    /** The objects being serialized, with the key each was reached by ("" for the root). */
    private final List<JSObject> stack = new ArrayList<>();
    private final List<String> stackKeys = new ArrayList<>();

    private JsonStringify(JSFunction replacer, List<String> propertyList, String gap) {
        this.replacer = replacer;
        this.propertyList = propertyList;
        this.gap = gap;
    }

    /** JSON.stringify(value, replacer, space): the text, or null for undefined. */
    static String stringify(Realm realm, Object value, Object replacerArg, Object spaceArg) {
        JSFunction replacer = null;
        List<String> propertyList = null;
        if (replacerArg instanceof JSFunction f) {
            replacer = f;
        } else if (replacerArg instanceof JSArray list) {
            LinkedHashSet<String> keys = new LinkedHashSet<>();
            for (int i = 0; i < list.length(); i++) {
                Object v = list.getElement(i);
                if (v instanceof String s) {
                    keys.add(s);
                } else if (Numbers.isNumber(v) || (v instanceof PrimitiveWrapper w
                        && (w.primitive() instanceof String || Numbers.isNumber(w.primitive())))) {
                    keys.add(Conversions.toString(v));
                }
            }
            propertyList = new ArrayList<>(keys);
        }
        Object space = spaceArg;
        if (space instanceof PrimitiveWrapper w && !(w.primitive() instanceof Boolean)) {
            space = Numbers.isNumber(w.primitive()) ? Conversions.toNumberValue(space) : Conversions.toString(space);
        }
        String gap = "";
        if (Numbers.isNumber(space)) {
            gap = " ".repeat((int) Math.max(0, Math.min(10, Conversions.toIntegerOrInfinity(space))));
        } else if (space instanceof String s) {
            gap = s.length() <= 10 ? s : s.substring(0, 10);
        }
        JSObject wrapper = realm.newObject();
        wrapper.set("", value);
        return new JsonStringify(replacer, propertyList, gap).serializeProperty(wrapper, "", false);
    }

    /** SerializeJSONProperty: the text of holder[key], or null where JSON has no value. */
    private String serializeProperty(JSObject holder, String key, boolean isIndex) {
        Object value = holder.get(key);
        if (value instanceof JSObject o) {
            Object toJSON = o.get("toJSON");
            if (toJSON instanceof JSFunction f) {
                value = f.call(value, new Object[] {key});
            }
        }
        if (replacer != null) {
            value = replacer.call(holder, new Object[] {key, value});
        }
        if (value instanceof PrimitiveWrapper w) {
            Object p = w.primitive();
            value = Numbers.isNumber(p) ? Conversions.toNumberValue(value)
                    : p instanceof String ? Conversions.toString(value) : p;
        }
        if (value == Oddball.NULL) {
            return "null";
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (Numbers.isNumber(value)) {
            double d = Numbers.doubleValue(value);
            return Double.isFinite(d) ? Conversions.toString(Numbers.normalize(d == 0 ? 0 : d)) : "null";
        }
        if (value instanceof JSObject o && !(o instanceof JSFunction)) {
            enter(o, key, isIndex);
            String text = o instanceof JSArray a ? serializeArray(a) : serializeObject(o);
            stack.remove(stack.size() - 1);
            stackKeys.remove(stackKeys.size() - 1);
            return text;
        }
        return null;
    }

    private String serializeObject(JSObject o) {
        String stepback = indent;
        indent += gap;
        List<String> keys = propertyList;
        if (keys == null) {
            keys = new ArrayList<>();
            for (String k : o.ownKeys()) {
                int attrs = o.getOwnAttributes(k);
                if (attrs >= 0 && PropertyAttributes.isEnumerable(attrs)) {
                    keys.add(k);
                }
            }
        }
        List<String> partial = new ArrayList<>();
        for (String k : keys) {
            String str = serializeProperty(o, k, false);
            if (str != null) {
                partial.add(quote(k) + ":" + (gap.isEmpty() ? "" : " ") + str);
            }
        }
        String result = wrap(partial, "{", "}", stepback);
        indent = stepback;
        return result;
    }

    private String serializeArray(JSArray a) {
        String stepback = indent;
        indent += gap;
        List<String> partial = new ArrayList<>();
        for (int i = 0; i < a.length(); i++) {
            String str = serializeProperty(a, Integer.toString(i), true);
            partial.add(str == null ? "null" : str);
        }
        String result = wrap(partial, "[", "]", stepback);
        indent = stepback;
        return result;
    }

    private String wrap(List<String> partial, String open, String close, String stepback) {
        if (partial.isEmpty()) {
            return open + close;
        }
        if (gap.isEmpty()) {
            return open + String.join(",", partial) + close;
        }
        String separator = ",\n" + indent;
        return open + "\n" + indent + String.join(separator, partial) + "\n" + stepback + close;
    }

    // ---- cycles ---------------------------------------------------------------------------------

    private void enter(JSObject o, String key, boolean isIndex) {
        int start = stack.indexOf(o);
        if (start >= 0) {
            throw JSException.typeError(circularMessage(start, describeKey(key, isIndex)));
        }
        stack.add(o);
        stackKeys.add(describeKey(key, isIndex));
    }

    private static String describeKey(String key, boolean isIndex) {
        return isIndex ? "index " + key : "property '" + key + "'";
    }

    private String circularMessage(int start, String closingKey) {
        StringBuilder sb = new StringBuilder("Converting circular structure to JSON\n    --> starting at object with constructor ");
        sb.append(constructorName(stack.get(start)));
        int prefixEnd = Math.min(stack.size(), start + 1 + PREFIX_LINES);
        for (int i = start + 1; i < prefixEnd; i++) {
            appendLine(sb, i);
        }
        if (stack.size() > prefixEnd + POSTFIX_LINES) {
            sb.append("\n    |     ...");
        }
        for (int i = Math.max(prefixEnd, stack.size() - POSTFIX_LINES); i < stack.size(); i++) {
            appendLine(sb, i);
        }
        return sb.append("\n    --- ").append(closingKey).append(" closes the circle").toString();
    }

    private void appendLine(StringBuilder sb, int i) {
        sb.append("\n    |     ").append(stackKeys.get(i)).append(" -> object with constructor ")
                .append(constructorName(stack.get(i)));
    }

    private static String constructorName(JSObject o) {
        Object ctor = o.get("constructor");
        String name = ctor instanceof JSFunction f ? f.debugName() : "";
        return "'" + (name.isEmpty() ? o.className() : name) + "'";
    }

    // ---- strings --------------------------------------------------------------------------------

    /** QuoteJSONString (§25.5.2.3): escapes quotes, backslashes, controls, lone surrogates. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    boolean loneSurrogate = Character.isSurrogate(c)
                            && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                                 && Character.isLowSurrogate(s.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || loneSurrogate) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}

/*
 * The type conversions of ECMA-262 §7.1: ToPrimitive, ToBoolean, ToNumber, ToString,
 * ToPropertyKey, ToInt32/ToUint32, ToLength-like helpers. Every operator and builtin converts
 * through here, so there is one definition of each coercion.
 *
 * Converting an object calls its valueOf/toString, which may run JS code and throw.
 */
package dev.kindling.runtime;

public final class Conversions {
    private Conversions() {
    }

    public enum Hint { DEFAULT, NUMBER, STRING }

    // ---- ToPrimitive ------------------------------------------------------------------------

    public static boolean isPrimitive(Object value) {
        return !(value instanceof JSObject);
    }

    /**
     * ToPrimitive (§7.1.1): an object's [Symbol.toPrimitive](hint) if it has one, else
     * OrdinaryToPrimitive's valueOf/toString order.
     */
    public static Object toPrimitive(Object value, Hint hint) {
        if (!(value instanceof JSObject object)) {
            return value;
        }
        Object exotic = object.get(JSSymbol.TO_PRIMITIVE);
        if (!Oddball.isNullish(exotic)) {
            if (!(exotic instanceof JSFunction fn)) {
                throw JSException.typeError(PropertyAccess.describeWithType(exotic) + " is not a function");
            }
            Object result = fn.call(object, new Object[] {hint.name().toLowerCase(java.util.Locale.ROOT)});
            if (result instanceof JSObject) {
                throw JSException.typeError("Cannot convert object to primitive value");
            }
            return result;
        }
        return ordinaryToPrimitive(object, hint);
    }

    /** OrdinaryToPrimitive (§7.1.1.1): valueOf then toString, or the reverse for hint string. */
    public static Object ordinaryToPrimitive(JSObject object, Hint hint) {
        String first = hint == Hint.STRING ? "toString" : "valueOf";
        String second = hint == Hint.STRING ? "valueOf" : "toString";
        for (String name : new String[] {first, second}) {
            Object method = object.get(name);
            if (method instanceof JSFunction fn) {
                Object result = fn.call(object, JSFunction.NO_ARGS);
                if (!(result instanceof JSObject)) {
                    return result;
                }
            }
        }
        throw JSException.typeError("Cannot convert object to primitive value");
    }

    // ---- ToBoolean ------------------------------------------------------------------------

    public static boolean toBoolean(Object value) {
        // The booleans themselves in a few bytes of bytecode, the rest out of line: the
        // interpreter's conditional jumps inline this (see Interpreter's header on why size counts).
        return value == Boolean.TRUE || value != Boolean.FALSE && toBooleanOther(value);
    }

    private static boolean toBooleanOther(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Integer i) {
            return i != 0;
        }
        if (value instanceof Double d) {
            return d != 0 && !Double.isNaN(d);
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        return !(value instanceof Oddball);
    }

    // ---- ToNumber ---------------------------------------------------------------------------

    /** ToNumber as a double. */
    public static double toNumber(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof String s) {
            return stringToNumber(s);
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value == Oddball.UNDEFINED) {
            return Double.NaN;
        }
        if (value == Oddball.NULL) {
            return 0;
        }
        if (value instanceof JSObject) {
            return toNumber(toPrimitive(value, Hint.NUMBER));
        }
        if (value instanceof JSSymbol) {
            throw JSException.typeError("Cannot convert a Symbol value to a number");
        }
        throw JSException.typeError("Cannot convert " + value + " to a number");
    }

    /** ToNumber as a canonical boxed number (Integer or Double). */
    public static Object toNumberValue(Object value) {
        if (value instanceof Integer || value instanceof Double) {
            return value;
        }
        return Numbers.normalize(toNumber(value));
    }

    /** StringToNumber (§7.1.4.1.1): whitespace-trimmed numeric literal, else NaN. */
    public static double stringToNumber(String s) {
        String t = trimJs(s);
        if (t.isEmpty()) {
            return 0;
        }
        if (t.length() > 2 && t.charAt(0) == '0') {
            char p = Character.toLowerCase(t.charAt(1));
            int radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (radix != 0) {
                return parseDigits(t, 2, radix);
            }
        }
        int i = 0;
        if (t.charAt(0) == '+' || t.charAt(0) == '-') {
            i = 1;
        }
        if (t.startsWith("Infinity", i) && t.length() == i + 8) {
            return t.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!isDecimalLiteral(t, i)) {
            return Double.NaN;
        }
        return Double.parseDouble(t);
    }

    private static double parseDigits(String t, int start, int radix) {
        double value = 0;
        for (int i = start; i < t.length(); i++) {
            int digit = Character.digit(t.charAt(i), radix);
            if (digit < 0) {
                return Double.NaN;
            }
            value = value * radix + digit;
        }
        return value;
    }

    /** StrUnsignedDecimalLiteral: digits [. digits] [e [+-] digits], at least one digit. */
    private static boolean isDecimalLiteral(String t, int i) {
        int n = t.length();
        int digits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** JS WhiteSpace and LineTerminator (§12.2, §12.3), which String.prototype.trim removes. */
    public static boolean isJsWhitespace(char c) {
        switch (c) {
            case '\t': case '\n': case 0x0B: case '\f': case '\r': case ' ': case 0xA0:
            case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }

    public static String trimJs(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isJsWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && isJsWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    // ---- integer conversions ------------------------------------------------------------------

    public static int toInt32(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        return Numbers.toInt32(toNumber(value));
    }

    public static long toUint32(Object value) {
        return toInt32(value) & 0xFFFFFFFFL;
    }

    /** ToIntegerOrInfinity (§7.1.5): truncation, NaN → 0. */
    public static double toIntegerOrInfinity(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        double d = toNumber(value);
        if (Double.isNaN(d)) {
            return 0;
        }
        return d < 0 ? Math.ceil(d) : Math.floor(d);
    }

    /** The new length of an array being set (§10.4.2.4 ArraySetLength): an exact uint32. */
    public static long toArrayLength(Object value) {
        double d = toNumber(value);
        long len = Numbers.toUint32(d);
        if (len != d) {
            throw JSException.rangeError("Invalid array length");
        }
        return len;
    }

    // ---- ToString -----------------------------------------------------------------------------

    public static String toString(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Integer i) {
            return Integer.toString(i);
        }
        if (value instanceof Double d) {
            return NumberToString.toString(d);
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (value instanceof Oddball) {
            return value.toString();
        }
        if (value instanceof JSObject) {
            return toString(toPrimitive(value, Hint.STRING));
        }
        if (value instanceof JSSymbol) {
            throw JSException.typeError("Cannot convert a Symbol value to a string");
        }
        throw JSException.typeError("Cannot convert value to a string");
    }

    /**
     * ToPropertyKey (§7.1.19): a String or a JSSymbol (V8's Name); integral numbers take their
     * canonical string form.
     */
    public static Object toPropertyKey(Object value) {
        if (value instanceof String || value instanceof JSSymbol) {
            return value;
        }
        if (value instanceof Integer i) {
            return Integer.toString(i);
        }
        Object primitive = toPrimitive(value, Hint.STRING);
        return primitive instanceof JSSymbol ? primitive : toString(primitive);
    }

    /** How a property key reads in a message or a function name: the string, or "Symbol(d)". */
    public static String keyToDisplayString(Object key) {
        return key instanceof JSSymbol s ? s.toString() : (String) key;
    }
}

/*
 * String (ECMA-262 §22.1): String(value) as ToString, `new String` wrappers,
 * String.fromCharCode / fromCodePoint, and String.prototype's methods on UTF-16 code units:
 * charAt charCodeAt codePointAt at indexOf lastIndexOf includes startsWith endsWith slice
 * substring substr toUpperCase toLowerCase trim trimStart trimEnd padStart padEnd split
 * repeat concat replace replaceAll match matchAll search localeCompare toString valueOf.
 *
 * `this` is usually a primitive string; anything else is converted with ToString after
 * RequireObjectCoercible, so undefined/null give node's "String.prototype.trim called on
 * null or undefined". match, matchAll, replace, replaceAll, search and split hand any
 * pattern with the matching Symbol method (a RegExp: RegExpSymbolMethods) to it, as §22.1.3
 * says; a string pattern is matched here, literally.
 *
 * Guarantees: strings never exceed V8's maximum length (2^29 - 24 code units); longer results
 * throw node's RangeError "Invalid string length".
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.BuiltinFunction;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.NumberToString;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Realm;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class StringBuiltins {
    /** V8's String::kMaxLength on 64-bit hosts. */
    static final int MAX_STRING_LENGTH = (1 << 29) - 24;
    /** The index of the first surrogate that is not half of a pair, or -1 (IsStringWellFormedUnicode). */
    private static int firstLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static final Object[] NO_CAPTURES = new Object[0];

    private StringBuiltins() {
    }

    static void install(Realm realm) {
        JSObject proto = realm.stringPrototype();
        var string = Builtins.defineConstructor(realm, "String", 1, proto,
                (r, thisArg, args) -> args.length == 0 ? ""
                        : args[0] instanceof JSSymbol s ? s.toString() : Conversions.toString(args[0]),
                (r, args, newTarget) -> PrimitiveWrapper.wrap(Builtins.prototypeFromConstructor(newTarget, proto),
                        args.length == 0 ? "" : Conversions.toString(args[0])));
        realm.defineMethod(string, "fromCharCode", 1, (r, thisArg, args) -> {
            char[] chars = new char[args.length];
            for (int i = 0; i < args.length; i++) {
                chars[i] = (char) Conversions.toInt32(args[i]); // ToUint16: the low 16 bits
            }
            return new String(chars);
        });
        realm.defineMethod(string, "raw", 1, StringBuiltins::raw);
        realm.defineMethod(string, "fromCodePoint", 1, (r, thisArg, args) -> {
            StringBuilder sb = new StringBuilder();
            for (Object a : args) {
                double cp = Conversions.toNumber(a);
                if (cp != Math.floor(cp) || cp < 0 || cp > 0x10FFFF) {
                    throw JSException.rangeError("Invalid code point " + Conversions.toString(a));
                }
                sb.appendCodePoint((int) cp);
            }
            return sb.toString();
        });

        realm.defineMethod(proto, "toString", 0, (r, thisArg, args) -> thisStringValue(r, thisArg, "toString"));
        realm.defineMethod(proto, "valueOf", 0, (r, thisArg, args) -> thisStringValue(r, thisArg, "valueOf"));
        realm.defineMethod(proto, "charAt", 1, (r, thisArg, args) -> {
            String s = thisString(thisArg, "charAt");
            double pos = Conversions.toIntegerOrInfinity(arg(args, 0));
            return pos < 0 || pos >= s.length() ? "" : String.valueOf(s.charAt((int) pos));
        });
        realm.defineMethod(proto, "charCodeAt", 1, (r, thisArg, args) -> {
            String s = thisString(thisArg, "charCodeAt");
            double pos = Conversions.toIntegerOrInfinity(arg(args, 0));
            return pos < 0 || pos >= s.length() ? (Object) Double.NaN : (Object) (int) s.charAt((int) pos);
        });
        realm.defineMethod(proto, "codePointAt", 1, (r, thisArg, args) -> {
            String s = thisString(thisArg, "codePointAt");
            double pos = Conversions.toIntegerOrInfinity(arg(args, 0));
            return pos < 0 || pos >= s.length() ? Oddball.UNDEFINED : (Object) s.codePointAt((int) pos);
        });
        realm.defineMethod(proto, "at", 1, (r, thisArg, args) -> {
            String s = thisString(thisArg, "at");
            double k = Conversions.toIntegerOrInfinity(arg(args, 0));
            k = k < 0 ? s.length() + k : k;
            return k < 0 || k >= s.length() ? Oddball.UNDEFINED : String.valueOf(s.charAt((int) k));
        });
        realm.defineMethod(proto, "indexOf", 1, (r, thisArg, args) -> {
            String s = thisString(thisArg, "indexOf");
            String search = Conversions.toString(arg(args, 0));
            return s.indexOf(search, clamp(arg(args, 1), s.length()));
        });
        realm.defineMethod(proto, "lastIndexOf", 1, (r, thisArg, args) -> {
            String s = thisString(thisArg, "lastIndexOf");
            String search = Conversions.toString(arg(args, 0));
            double numPos = Conversions.toNumber(arg(args, 1));
            int start = Double.isNaN(numPos) ? s.length() : clamp(numPos, s.length());
            return s.lastIndexOf(search, start);
        });
        realm.defineMethod(proto, "includes", 1, (r, thisArg, args) -> {
            String s = thisString(thisArg, "includes");
            String search = Conversions.toString(arg(args, 0));
            return s.indexOf(search, clamp(arg(args, 1), s.length())) >= 0;
        });
        realm.defineMethod(proto, "startsWith", 1, (r, thisArg, args) -> {
            String s = thisString(thisArg, "startsWith");
            String search = Conversions.toString(arg(args, 0));
            return s.startsWith(search, clamp(arg(args, 1), s.length()));
        });
        realm.defineMethod(proto, "endsWith", 1, (r, thisArg, args) -> {
            String s = thisString(thisArg, "endsWith");
            String search = Conversions.toString(arg(args, 0));
            int end = arg(args, 1) == Oddball.UNDEFINED ? s.length() : clamp(arg(args, 1), s.length());
            int start = end - search.length();
            return start >= 0 && s.startsWith(search, start);
        });
        realm.defineMethod(proto, "slice", 2, (r, thisArg, args) -> {
            String s = thisString(thisArg, "slice");
            int from = (int) relative(arg(args, 0), s.length());
            int to = arg(args, 1) == Oddball.UNDEFINED ? s.length() : (int) relative(arg(args, 1), s.length());
            return from >= to ? "" : s.substring(from, to);
        });
        realm.defineMethod(proto, "substring", 2, (r, thisArg, args) -> {
            String s = thisString(thisArg, "substring");
            int start = clamp(arg(args, 0), s.length());
            int end = arg(args, 1) == Oddball.UNDEFINED ? s.length() : clamp(arg(args, 1), s.length());
            return s.substring(Math.min(start, end), Math.max(start, end));
        });
        realm.defineMethod(proto, "substr", 2, (r, thisArg, args) -> {
            String s = thisString(thisArg, "substr");
            int start = (int) relative(arg(args, 0), s.length());
            double length = arg(args, 1) == Oddball.UNDEFINED ? s.length()
                    : Conversions.toIntegerOrInfinity(arg(args, 1));
            int end = (int) Math.min(start + Math.max(length, 0), s.length());
            return start >= end ? "" : s.substring(start, end);
        });
        realm.defineMethod(proto, "toUpperCase", 0, (r, thisArg, args) ->
                thisString(thisArg, "toUpperCase").toUpperCase(Locale.ROOT));
        realm.defineMethod(proto, "toLowerCase", 0, (r, thisArg, args) ->
                thisString(thisArg, "toLowerCase").toLowerCase(Locale.ROOT));
        realm.defineMethod(proto, "toLocaleUpperCase", 0, (r, thisArg, args) ->
                thisString(thisArg, "toLocaleUpperCase").toUpperCase(Locale.ROOT));
        realm.defineMethod(proto, "toLocaleLowerCase", 0, (r, thisArg, args) ->
                thisString(thisArg, "toLocaleLowerCase").toLowerCase(Locale.ROOT));
        realm.defineMethod(proto, "trim", 0, (r, thisArg, args) -> Conversions.trimJs(thisString(thisArg, "trim")));
        BuiltinFunction trimStart = realm.defineMethod(proto, "trimStart", 0,
                (r, thisArg, args) -> trim(thisString(thisArg, "trimStart"), true, false));
        BuiltinFunction trimEnd = realm.defineMethod(proto, "trimEnd", 0,
                (r, thisArg, args) -> trim(thisString(thisArg, "trimEnd"), false, true));
        // Annex B.2.2.15-16: trimLeft and trimRight are the same function objects.
        proto.defineOwnProperty("trimLeft", trimStart, PropertyAttributes.HIDDEN);
        proto.defineOwnProperty("trimRight", trimEnd, PropertyAttributes.HIDDEN);
        realm.defineMethod(proto, "isWellFormed", 0, (r, thisArg, args) ->
                firstLoneSurrogate(thisString(thisArg, "isWellFormed")) < 0);
        realm.defineMethod(proto, "toWellFormed", 0, (r, thisArg, args) -> {
            String s = thisString(thisArg, "toWellFormed");
            int lone = firstLoneSurrogate(s);
            if (lone < 0) {
                return s;
            }
            StringBuilder out = new StringBuilder(s);
            for (int i = lone; i < out.length(); i++) {
                char c = out.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < out.length() && Character.isLowSurrogate(out.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    out.setCharAt(i, '\uFFFD');
                }
            }
            return out.toString();
        });
        realm.defineMethod(proto, "padStart", 2, (r, thisArg, args) -> pad(thisString(thisArg, "padStart"), args, true));
        realm.defineMethod(proto, "padEnd", 2, (r, thisArg, args) -> pad(thisString(thisArg, "padEnd"), args, false));
        realm.defineMethod(proto, "repeat", 1, (r, thisArg, args) -> {
            String s = thisString(thisArg, "repeat");
            double n = Conversions.toIntegerOrInfinity(arg(args, 0));
            if (n < 0 || n == Double.POSITIVE_INFINITY) {
                throw JSException.rangeError("Invalid count value: "
                        + NumberToString.toString(Conversions.toNumber(arg(args, 0))));
            }
            if (n == 0 || s.isEmpty()) {
                return "";
            }
            if (s.length() * n > MAX_STRING_LENGTH) {
                throw JSException.rangeError("Invalid string length");
            }
            return s.repeat((int) n);
        });
        realm.defineMethod(proto, "concat", 1, (r, thisArg, args) -> {
            StringBuilder sb = new StringBuilder(thisString(thisArg, "concat"));
            for (Object a : args) {
                sb.append(Conversions.toString(a));
                checkLength(sb.length());
            }
            return sb.toString();
        });
        realm.defineMethod(proto, "split", 2, (r, thisArg, args) -> {
            Object delegated = delegate(r, thisArg, "split", arg(args, 0), JSSymbol.SPLIT, arg(args, 1));
            return delegated != null ? delegated
                    : r.newArray(split(thisString(thisArg, "split"), arg(args, 0), arg(args, 1)));
        });
        realm.defineMethod(proto, "replace", 2, (r, thisArg, args) -> {
            Object delegated = delegate(r, thisArg, "replace", arg(args, 0), JSSymbol.REPLACE, arg(args, 1));
            return delegated != null ? delegated
                    : replace(thisString(thisArg, "replace"), arg(args, 0), arg(args, 1), false);
        });
        realm.defineMethod(proto, "replaceAll", 2, (r, thisArg, args) -> {
            requireGlobal(thisArg, arg(args, 0), "replaceAll");
            Object delegated = delegate(r, thisArg, "replaceAll", arg(args, 0), JSSymbol.REPLACE, arg(args, 1));
            return delegated != null ? delegated
                    : replace(thisString(thisArg, "replaceAll"), arg(args, 0), arg(args, 1), true);
        });
        realm.defineMethod(proto, "match", 1, (r, thisArg, args) -> regExpMethod(r, thisArg, "match",
                arg(args, 0), JSSymbol.MATCH, null));
        realm.defineMethod(proto, "matchAll", 1, (r, thisArg, args) -> {
            requireGlobal(thisArg, arg(args, 0), "matchAll");
            return regExpMethod(r, thisArg, "matchAll", arg(args, 0), JSSymbol.MATCH_ALL, "g");
        });
        realm.defineMethod(proto, "search", 1, (r, thisArg, args) -> regExpMethod(r, thisArg, "search",
                arg(args, 0), JSSymbol.SEARCH, null));
        // node compares with ICU's root collation; java.text's agrees on letters, digits, case
        // and accents (a < A < b, e < é), and differs on the order of some punctuation.
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        realm.defineMethod(proto, "localeCompare", 1, (r, thisArg, args) -> Integer.signum(
                collator.compare(thisString(thisArg, "localeCompare"), Conversions.toString(arg(args, 0)))));
        realm.defineMethod(proto, "normalize", 0, (r, thisArg, args) -> {
            String s = thisString(thisArg, "normalize");
            String form = arg(args, 0) == Oddball.UNDEFINED ? "NFC" : Conversions.toString(arg(args, 0));
            java.text.Normalizer.Form f = switch (form) {
                case "NFC" -> java.text.Normalizer.Form.NFC;
                case "NFD" -> java.text.Normalizer.Form.NFD;
                case "NFKC" -> java.text.Normalizer.Form.NFKC;
                case "NFKD" -> java.text.Normalizer.Form.NFKD;
                default -> throw JSException.rangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.");
            };
            return java.text.Normalizer.normalize(s, f);
        });
    }

    /**
     * The first steps of match, replace, search, split (§22.1.3.*): a pattern that is not
     * undefined or null and has the method `key` does the work, called with the receiver
     * itself (not its string) and `extra`. Returns null when it has none.
     */
    private static Object delegate(Realm realm, Object thisArg, String method, Object pattern, JSSymbol key,
                                   Object extra) {
        if (Oddball.isNullish(thisArg)) {
            throw JSException.typeError("String.prototype." + method + " called on null or undefined");
        }
        if (Oddball.isNullish(pattern)) {
            return null;
        }
        Object fn = dev.kindling.runtime.PropertyAccess.getNamed(realm, pattern, key);
        if (Oddball.isNullish(fn)) {
            return null;
        }
        if (!(fn instanceof JSFunction f)) {
            throw JSException.typeError(Conversions.keyToDisplayString(key) + " is not a function");
        }
        return f.call(pattern, new Object[] {thisArg, extra});
    }

    /**
     * match, matchAll and search: the pattern's own method if it has one, else a new RegExp of
     * it (with `flags`) does the work (RegExpCreate then Invoke, §22.1.3.13).
     */
    private static Object regExpMethod(Realm realm, Object thisArg, String method, Object pattern, JSSymbol key,
                                       String flags) {
        if (Oddball.isNullish(thisArg)) {
            throw JSException.typeError("String.prototype." + method + " called on null or undefined");
        }
        if (!Oddball.isNullish(pattern)) {
            Object fn = dev.kindling.runtime.PropertyAccess.getNamed(realm, pattern, key);
            if (fn instanceof JSFunction f) {
                return f.call(pattern, new Object[] {thisArg});
            }
        }
        String s = Conversions.toString(thisArg);
        JSObject rx = RegExpBuiltins.construct(realm, realm.regExpPrototype(), pattern,
                flags == null ? Oddball.UNDEFINED : flags);
        Object fn = rx.get(key);
        if (!(fn instanceof JSFunction f)) {
            throw JSException.typeError(Conversions.keyToDisplayString(key) + " is not a function");
        }
        return f.call(rx, new Object[] {s});
    }

    /** matchAll and replaceAll refuse a RegExp without g (§22.1.3.14 step 2.b, §22.1.3.20 step 2.b). */
    private static void requireGlobal(Object thisArg, Object pattern, String method) {
        if (Oddball.isNullish(thisArg) || !RegExpBuiltins.isRegExp(pattern)) {
            return;
        }
        Object flags = ((JSObject) pattern).get("flags");
        if (Oddball.isNullish(flags)) {
            throw JSException.typeError("String.prototype." + method + " called on null or undefined");
        }
        if (Conversions.toString(flags).indexOf('g') < 0) {
            throw JSException.typeError("String.prototype." + method + " called with a non-global RegExp argument");
        }
    }

    /** RequireObjectCoercible(this) then ToString, naming the method in the TypeError. */
    static String thisString(Object thisArg, String method) {
        if (thisArg instanceof String s) {
            return s;
        }
        if (Oddball.isNullish(thisArg)) {
            throw JSException.typeError("String.prototype." + method + " called on null or undefined");
        }
        return Conversions.toString(thisArg);
    }

    /**
     * String.raw (§22.1.2.4): the raw strings of the template object (its `raw` array-like)
     * interleaved with the substitutions; called as a tag, String.raw`a\n${x}`.
     */
    private static Object raw(Realm realm, Object thisArg, Object[] args) {
        JSObject cooked = Builtins.toObject(realm, arg(args, 0));
        JSObject raw = Builtins.toObject(realm, cooked.get("raw"));
        long length = ArrayLike.lengthOf(raw);
        StringBuilder sb = new StringBuilder();
        for (long i = 0; i < length; i++) {
            sb.append(Conversions.toString(ArrayLike.get(raw, i)));
            if (i + 1 < length && i + 1 < args.length) {
                sb.append(Conversions.toString(args[(int) i + 1]));
            }
        }
        return sb.toString();
    }

    /** thisStringValue (§22.1.3): a string or a String wrapper's value; else TypeError. */
    private static String thisStringValue(Realm realm, Object thisArg, String method) {
        if (thisArg == realm.stringPrototype()) {
            return ""; // String.prototype is itself a String object, of "" (§22.1.3)
        }
        return PrimitiveWrapper.thisPrimitiveValue(thisArg, String.class, "String.prototype." + method, "String");
    }

    /** ToIntegerOrInfinity clamped to [0, length]. */
    private static int clamp(Object position, int length) {
        return clamp(Conversions.toIntegerOrInfinity(position), length);
    }

    private static int clamp(double position, int length) {
        return (int) Math.max(0, Math.min(position, length));
    }

    /** A relative index (negative counts from the end) clamped to [0, length]. */
    private static double relative(Object index, int length) {
        double k = Conversions.toIntegerOrInfinity(index);
        return k < 0 ? Math.max(length + k, 0) : Math.min(k, length);
    }

    static void checkLength(long length) {
        if (length > MAX_STRING_LENGTH) {
            throw JSException.rangeError("Invalid string length");
        }
    }

    private static String trim(String s, boolean start, boolean end) {
        int from = 0;
        int to = s.length();
        while (start && from < to && Conversions.isJsWhitespace(s.charAt(from))) {
            from++;
        }
        while (end && to > from && Conversions.isJsWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /** StringPad (§22.1.3.17.2): repeat the filler (default " ") up to maxLength. */
    private static String pad(String s, Object[] args, boolean atStart) {
        double maxLength = Conversions.toIntegerOrInfinity(arg(args, 0));
        String filler = arg(args, 1) == Oddball.UNDEFINED ? " " : Conversions.toString(arg(args, 1));
        if (maxLength <= s.length() || filler.isEmpty()) {
            return s;
        }
        checkLength((long) maxLength);
        int fillLength = (int) maxLength - s.length();
        StringBuilder fill = new StringBuilder(fillLength);
        while (fill.length() < fillLength) {
            fill.append(filler, 0, Math.min(filler.length(), fillLength - fill.length()));
        }
        return atStart ? fill + s : s + fill;
    }

    /** String.prototype.split (§22.1.3.23) with a string separator. */
    private static Object[] split(String s, Object separator, Object limit) {
        long lim = limit == Oddball.UNDEFINED ? 4294967295L : Conversions.toUint32(limit);
        String r = Conversions.toString(separator);
        if (lim == 0) {
            return new Object[0];
        }
        if (separator == Oddball.UNDEFINED) {
            return new Object[] {s};
        }
        if (r.isEmpty()) {
            int n = (int) Math.min(lim, s.length());
            Object[] chars = new Object[n];
            for (int i = 0; i < n; i++) {
                chars[i] = String.valueOf(s.charAt(i));
            }
            return chars;
        }
        if (s.isEmpty()) {
            return new Object[] {s};
        }
        List<Object> parts = new ArrayList<>();
        int i = 0;
        int j = s.indexOf(r);
        while (j != -1) {
            parts.add(s.substring(i, j));
            if (parts.size() == lim) {
                return parts.toArray();
            }
            i = j + r.length();
            j = s.indexOf(r, i);
        }
        parts.add(s.substring(i));
        return parts.toArray();
    }

    /**
     * replace / replaceAll with a string pattern (§22.1.3.19, §22.1.3.20): each match is
     * replaced by the function's result or by the template with $$, $&, $` and $' expanded.
     */
    private static String replace(String s, Object pattern, Object replacement, boolean all) {
        String search = Conversions.toString(pattern);
        JSFunction fn = replacement instanceof JSFunction f ? f : null;
        String template = fn == null ? Conversions.toString(replacement) : null;
        List<Integer> positions = new ArrayList<>();
        int advance = Math.max(1, search.length());
        for (int p = s.indexOf(search); p != -1; p = s.indexOf(search, p + advance)) {
            positions.add(p);
            if (!all || p + advance > s.length()) {
                break; // (Java's indexOf finds "" at length() even when asked to start past it)
            }
        }
        StringBuilder result = new StringBuilder();
        int end = 0;
        for (int p : positions) {
            result.append(s, end, p);
            if (fn != null) {
                result.append(Conversions.toString(fn.call(Oddball.UNDEFINED, new Object[] {search, p, s})));
            } else {
                RegExpSymbolMethods.substitute(result, search, s, p, NO_CAPTURES, null, template);
            }
            end = p + search.length();
            checkLength(result.length());
        }
        return result.append(s, end, s.length()).toString();
    }
}

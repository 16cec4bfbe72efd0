/*
 * The value and function properties of the global object (ECMA-262 §19.1, §19.2): globalThis,
 * undefined, NaN, Infinity, parseInt, parseFloat, isNaN, isFinite.
 *
 * parseInt and parseFloat read the longest prefix of the string that makes a number and
 * ignore the rest ("12px" → 12), unlike Number(), which wants the whole string.
 *
 * Guarantees: NaN, Infinity and undefined are not writable, so `NaN = 1` changes nothing;
 * parseInt of 2, 4, 8, 10, 16 and 32 radix digits is correctly rounded, as the spec requires.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.math.BigInteger;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class GlobalBuiltins {
    private GlobalBuiltins() {
    }

    static void install(Realm realm) {
        var global = realm.global();
        global.defineOwnProperty("globalThis", global, PropertyAttributes.HIDDEN);
        Builtins.defineConstant(global, "undefined", Oddball.UNDEFINED);
        Builtins.defineConstant(global, "NaN", Double.NaN);
        Builtins.defineConstant(global, "Infinity", Double.POSITIVE_INFINITY);
        realm.defineMethod(global, "parseInt", 2, (r, thisArg, args) ->
                parseInt(Conversions.toString(arg(args, 0)), arg(args, 1)));
        realm.defineMethod(global, "parseFloat", 1, (r, thisArg, args) ->
                parseFloat(Conversions.toString(arg(args, 0))));
        realm.defineMethod(global, "isNaN", 1, (r, thisArg, args) ->
                Double.isNaN(Conversions.toNumber(arg(args, 0))));
        realm.defineMethod(global, "isFinite", 1, (r, thisArg, args) ->
                Double.isFinite(Conversions.toNumber(arg(args, 0))));
    }

    /** parseInt (§19.2.5). */
    static Object parseInt(String input, Object radixArg) {
        String s = trimStart(input);
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int radix = Conversions.toInt32(radixArg);
        boolean stripPrefix = true;
        if (radix != 0) {
            if (radix < 2 || radix > 36) {
                return Double.NaN;
            }
            stripPrefix = radix == 16;
        } else {
            radix = 10;
        }
        if (stripPrefix && s.length() >= i + 2 && s.charAt(i) == '0'
                && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            i += 2;
            radix = 16;
        }
        int start = i;
        while (i < s.length() && Character.digit(s.charAt(i), radix) >= 0 && s.charAt(i) < 128) {
            i++;
        }
        if (i == start) {
            return Double.NaN;
        }
        String digits = s.substring(start, i);
        double value = radix == 10
                ? Double.parseDouble(digits)                          // correctly rounded
                : new BigInteger(digits, radix).doubleValue();        // so is this
        if (value == 0) {
            return negative ? -0.0 : 0;
        }
        return Numbers.normalize(negative ? -value : value);
    }

    /** parseFloat (§19.2.4): the longest prefix that is a StrDecimalLiteral. */
    static Object parseFloat(String input) {
        String s = trimStart(input);
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (s.startsWith("Infinity", i)) {
            return s.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int end = i;
        // An exponent counts only if it has digits: "1e" and "1e+" parse as 1.
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int expStart = j;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
            if (j > expStart) {
                end = j;
            }
        }
        String literal = s.substring(0, end);
        if (literal.endsWith(".")) {
            literal = literal.substring(0, literal.length() - 1); // Java wants a digit after '.'
        }
        return Numbers.normalize(Double.parseDouble(literal));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String trimStart(String s) {
        int i = 0;
        while (i < s.length() && Conversions.isJsWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }
}

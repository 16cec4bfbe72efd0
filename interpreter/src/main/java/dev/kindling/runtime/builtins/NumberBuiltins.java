/*
 * Number (ECMA-262 §21.1): Number(value) as a conversion, `new Number` wrappers, the
 * constants (MAX_SAFE_INTEGER, EPSILON, ...), the predicates (isInteger, isSafeInteger, ...),
 * and Number.prototype's toString(radix), toFixed, toPrecision, toExponential, valueOf,
 * toLocaleString (node's default en-US format).
 *
 * toString(radix) ports V8's DoubleToRadixCString (src/numbers/conversions.cc), so fractions
 * in other radixes print node's digits: as many as needed to tell the double from its
 * neighbours. toFixed/toPrecision/toExponential round the exact binary value half up, which
 * is what the spec's "let n be an integer for which n / 10^f - x is as close to zero as
 * possible; if there are two such n, pick the larger n" means.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.NumberToString;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class NumberBuiltins {
    private static final double MAX_SAFE_INTEGER = 9007199254740991.0;

    private NumberBuiltins() {
    }

    static void install(Realm realm) {
        JSObject proto = realm.numberPrototype();
        var number = Builtins.defineConstructor(realm, "Number", 1, proto,
                (r, thisArg, args) -> args.length == 0 ? 0 : Conversions.toNumberValue(args[0]),
                (r, args, newTarget) -> PrimitiveWrapper.wrap(Builtins.prototypeFromConstructor(newTarget, proto),
                        args.length == 0 ? 0 : Conversions.toNumberValue(args[0])));

        Builtins.defineConstant(number, "MAX_SAFE_INTEGER", Numbers.normalize(MAX_SAFE_INTEGER));
        Builtins.defineConstant(number, "MIN_SAFE_INTEGER", Numbers.normalize(-MAX_SAFE_INTEGER));
        Builtins.defineConstant(number, "EPSILON", Math.ulp(1.0));
        Builtins.defineConstant(number, "MAX_VALUE", Double.MAX_VALUE);
        Builtins.defineConstant(number, "MIN_VALUE", Double.MIN_VALUE);
        Builtins.defineConstant(number, "POSITIVE_INFINITY", Double.POSITIVE_INFINITY);
        Builtins.defineConstant(number, "NEGATIVE_INFINITY", Double.NEGATIVE_INFINITY);
        Builtins.defineConstant(number, "NaN", Double.NaN);
        // Number.parseInt and Number.parseFloat are the global functions themselves.
        number.defineOwnProperty("parseInt", realm.global().get("parseInt"), PropertyAttributes.HIDDEN);
        number.defineOwnProperty("parseFloat", realm.global().get("parseFloat"), PropertyAttributes.HIDDEN);
        realm.defineMethod(number, "isFinite", 1, (r, thisArg, args) ->
                Numbers.isNumber(arg(args, 0)) && Double.isFinite(Numbers.doubleValue(arg(args, 0))));
        realm.defineMethod(number, "isNaN", 1, (r, thisArg, args) ->
                arg(args, 0) instanceof Double d && d.isNaN());
        realm.defineMethod(number, "isInteger", 1, (r, thisArg, args) -> isIntegral(arg(args, 0)));
        realm.defineMethod(number, "isSafeInteger", 1, (r, thisArg, args) ->
                isIntegral(arg(args, 0)) && Math.abs(Numbers.doubleValue(arg(args, 0))) <= MAX_SAFE_INTEGER);

        realm.defineMethod(proto, "toString", 1, (r, thisArg, args) -> {
            double x = thisNumber(r, thisArg, "Number.prototype.toString");
            Object radixArg = arg(args, 0);
            double radix = radixArg == Oddball.UNDEFINED ? 10 : Conversions.toIntegerOrInfinity(radixArg);
            if (radix < 2 || radix > 36) {
                throw JSException.rangeError("toString() radix argument must be between 2 and 36");
            }
            return radix == 10 ? NumberToString.toString(x) : toRadixString(x, (int) radix);
        });
        realm.defineMethod(proto, "toLocaleString", 0, (r, thisArg, args) ->
                toLocaleString(thisNumber(r, thisArg, "Number.prototype.toLocaleString")));
        realm.defineMethod(proto, "valueOf", 0, (r, thisArg, args) ->
                Numbers.normalize(thisNumber(r, thisArg, "Number.prototype.valueOf")));
        realm.defineMethod(proto, "toFixed", 1, (r, thisArg, args) -> {
            double x = thisNumber(r, thisArg, "Number.prototype.toFixed");
            double f = Conversions.toIntegerOrInfinity(arg(args, 0));
            if (f < 0 || f > 100) {
                throw JSException.rangeError("toFixed() digits argument must be between 0 and 100");
            }
            if (!Double.isFinite(x) || Math.abs(x) >= 1e21) {
                return NumberToString.toString(x);
            }
            String digits = new BigDecimal(Math.abs(x)).setScale((int) f, RoundingMode.HALF_UP).toPlainString();
            return x < 0 ? "-" + digits : digits;
        });
        realm.defineMethod(proto, "toPrecision", 1, (r, thisArg, args) -> {
            double x = thisNumber(r, thisArg, "Number.prototype.toPrecision");
            if (arg(args, 0) == Oddball.UNDEFINED) {
                return NumberToString.toString(x);
            }
            double p = Conversions.toIntegerOrInfinity(arg(args, 0));
            if (!Double.isFinite(x)) {
                return NumberToString.toString(x);
            }
            if (p < 1 || p > 100) {
                throw JSException.rangeError("toPrecision() argument must be between 1 and 100");
            }
            return toPrecision(x, (int) p);
        });
        realm.defineMethod(proto, "toExponential", 1, (r, thisArg, args) -> {
            double x = thisNumber(r, thisArg, "Number.prototype.toExponential");
            double f = Conversions.toIntegerOrInfinity(arg(args, 0));
            if (!Double.isFinite(x)) {
                return NumberToString.toString(x);
            }
            if (f < 0 || f > 100) {
                throw JSException.rangeError("toExponential() argument must be between 0 and 100");
            }
            return toExponential(x, arg(args, 0) == Oddball.UNDEFINED ? -1 : (int) f);
        });
    }

    private static boolean isIntegral(Object v) {
        if (v instanceof Integer) {
            return true;
        }
        return v instanceof Double d && Double.isFinite(d) && d == Math.floor(d);
    }

    /** thisNumberValue (§21.1.3): a number, or a Number wrapper's value; else TypeError. */
    static double thisNumber(Realm realm, Object thisArg, String method) {
        if (thisArg == realm.numberPrototype()) {
            return 0; // Number.prototype is itself a Number object, of +0 (§21.1.3)
        }
        if (Numbers.isNumber(thisArg)) {
            return Numbers.doubleValue(thisArg);
        }
        if (thisArg instanceof PrimitiveWrapper w && Numbers.isNumber(w.primitive())) {
            return Numbers.doubleValue(w.primitive());
        }
        throw JSException.typeError(method + " requires that 'this' be a Number");
    }

    /**
     * toLocaleString in node's default locale (en-US): digits grouped by commas, at most three
     * fraction digits. As ICU does, the shortest decimal form of the double is rounded (half
     * away from zero, ECMA-402's default), so 2.0005 gives "2.001" although the double is a
     * little below 2.0005.
     */
    static String toLocaleString(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        String sign = x < 0 || Numbers.isNegativeZero(x) ? "-" : "";
        BigDecimal rounded = new BigDecimal(NumberToString.toString(Math.abs(x)))
                .setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        String plain = rounded.toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(integer.charAt(i));
        }
        return sign + grouped + (dot < 0 ? "" : plain.substring(dot));
    }

    // ---- toString(radix): V8's DoubleToRadixCString ------------------------------------------

    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

    static String toRadixString(double value, int radix) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        boolean negative = value < 0;
        if (negative) {
            value = -value;
        }
        double integer = Math.floor(value);
        double fraction = value - integer;
        // Fraction digits are produced only up to the precision of the input: while they can
        // still tell `value` from the doubles next to it (delta is half the gap to them).
        double delta = Math.max(0.5 * (Math.nextUp(value) - value), Math.nextUp(0.0));
        StringBuilder fractionDigits = new StringBuilder();
        if (fraction >= delta) {
            do {
                fraction *= radix;
                delta *= radix;
                int digit = (int) fraction;
                fractionDigits.append(DIGITS.charAt(digit));
                fraction -= digit;
                // Round to even, carrying into digits already written if needed.
                if (fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0)) {
                    if (fraction + delta > 1) {
                        while (true) {
                            int last = fractionDigits.length() - 1;
                            if (last < 0) {
                                integer += 1;
                                break;
                            }
                            int d = DIGITS.indexOf(fractionDigits.charAt(last));
                            fractionDigits.setLength(last);
                            if (d + 1 < radix) {
                                fractionDigits.append(DIGITS.charAt(d + 1));
                                break;
                            }
                        }
                        break;
                    }
                }
            } while (fraction >= delta);
        }
        // Integer digits; those below the double's precision are zeros.
        StringBuilder integerDigits = new StringBuilder();
        while (Math.getExponent(integer / radix) - 52 > 0) {
            integer /= radix;
            integerDigits.append('0');
        }
        do {
            double remainder = integer % radix;
            integerDigits.append(DIGITS.charAt((int) remainder));
            integer = (integer - remainder) / radix;
        } while (integer > 0);
        if (negative) {
            integerDigits.append('-');
        }
        integerDigits.reverse();
        if (fractionDigits.length() > 0) {
            integerDigits.append('.').append(fractionDigits);
        }
        return integerDigits.toString();
    }

    // ---- toPrecision / toExponential ------------------------------------------------------------

    /** Number.prototype.toPrecision (§21.1.3.5) for finite x and 1 <= p <= 100. */
    private static String toPrecision(double x, int p) {
        String sign = x < 0 ? "-" : "";
        double abs = Math.abs(x);
        String digits;
        int e;
        if (abs == 0) {
            digits = "0".repeat(p);
            e = 0;
        } else {
            BigDecimal rounded = new BigDecimal(abs).round(new MathContext(p, RoundingMode.HALF_UP));
            digits = rounded.unscaledValue().toString();
            e = digits.length() - 1 - rounded.scale();
            digits = (digits + "0".repeat(p)).substring(0, p);
        }
        if (e < -6 || e >= p) {
            String mantissa = p == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (e >= 0 ? "+" : "-") + Math.abs(e);
        }
        if (e == p - 1) {
            return sign + digits;
        }
        if (e >= 0) {
            return sign + digits.substring(0, e + 1) + "." + digits.substring(e + 1);
        }
        return sign + "0." + "0".repeat(-(e + 1)) + digits;
    }

    /** Number.prototype.toExponential (§21.1.3.2); f = -1 means "as many digits as needed". */
    private static String toExponential(double x, int f) {
        String sign = x < 0 ? "-" : "";
        double abs = Math.abs(x);
        String digits;
        int e;
        if (abs == 0) {
            digits = "0".repeat(Math.max(f, 0) + 1);
            e = 0;
        } else if (f < 0) {
            // The shortest round-tripping digits, as ToString uses.
            BigDecimal shortest = new BigDecimal(NumberToString.toString(abs)).stripTrailingZeros();
            digits = shortest.unscaledValue().toString();
            e = digits.length() - 1 - shortest.scale();
        } else {
            BigDecimal rounded = new BigDecimal(abs).round(new MathContext(f + 1, RoundingMode.HALF_UP));
            digits = rounded.unscaledValue().toString();
            e = digits.length() - 1 - rounded.scale();
            digits = (digits + "0".repeat(f + 1)).substring(0, f + 1);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (e >= 0 ? "+" : "-") + Math.abs(e);
    }
}

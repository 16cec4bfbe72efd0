/*
 * The Math object (ECMA-262 §21.3): its constants and every function of ES2020.
 *
 * Every argument goes through ToNumber (all of them, before any result is computed, so a
 * valueOf with side effects runs exactly as in node), and every result through
 * Numbers.normalize, so Math.floor(3.7) is the Integer 3 the inline caches expect.
 *
 * The transcendental functions use StrictMath — fdlibm, the library V8's ieee754.cc is
 * ported from — and FdLibm where V8 differs from it (log2, acosh, asinh, atanh, cbrt, exp,
 * cosh, and pow through Operators.pow), so results match node's to the bit.
 * Where JS and Java disagree, JS wins, and the code says so: Math.round rounds halves up
 * (Math.round(-2.5) is -2) and keeps -0; max/min treat -0 as less than +0 and NaN as
 * contagious.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Operators;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.ieee754.FdLibm;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class MathBuiltins {
    private MathBuiltins() {
    }

    static void install(Realm realm) {
        JSObject math = new TaggedObject(realm.objectPrototype(), "Math");
        realm.global().defineOwnProperty("Math", math, PropertyAttributes.HIDDEN);

        Builtins.defineConstant(math, "E", Math.E);
        Builtins.defineConstant(math, "LN10", 2.302585092994046);
        Builtins.defineConstant(math, "LN2", 0.6931471805599453);
        Builtins.defineConstant(math, "LOG10E", 0.4342944819032518);
        Builtins.defineConstant(math, "LOG2E", 1.4426950408889634);
        Builtins.defineConstant(math, "PI", Math.PI);
        Builtins.defineConstant(math, "SQRT1_2", 0.7071067811865476);
        Builtins.defineConstant(math, "SQRT2", 1.4142135623730951);

        // Functions of one number, in the spec's order.
        unary(realm, math, "abs", Math::abs);
        unary(realm, math, "acos", StrictMath::acos);
        unary(realm, math, "acosh", FdLibm::acosh);
        unary(realm, math, "asin", StrictMath::asin);
        unary(realm, math, "asinh", FdLibm::asinh);
        unary(realm, math, "atan", StrictMath::atan);
        unary(realm, math, "atanh", FdLibm::atanh);
        unary(realm, math, "cbrt", FdLibm::cbrt);
        unary(realm, math, "ceil", Math::ceil);
        unary(realm, math, "cos", StrictMath::cos);
        unary(realm, math, "cosh", FdLibm::cosh);
        unary(realm, math, "exp", FdLibm::exp);
        unary(realm, math, "expm1", StrictMath::expm1);
        unary(realm, math, "floor", Math::floor);
        unary(realm, math, "fround", x -> (double) (float) x);
        unary(realm, math, "log", StrictMath::log);
        unary(realm, math, "log1p", StrictMath::log1p);
        unary(realm, math, "log10", StrictMath::log10);
        unary(realm, math, "log2", FdLibm::log2);
        unary(realm, math, "round", MathBuiltins::round);
        unary(realm, math, "sign", x -> Double.isNaN(x) || x == 0 ? x : Math.signum(x));
        unary(realm, math, "sin", StrictMath::sin);
        unary(realm, math, "sinh", StrictMath::sinh);
        unary(realm, math, "sqrt", Math::sqrt);
        unary(realm, math, "tan", StrictMath::tan);
        unary(realm, math, "tanh", StrictMath::tanh);
        unary(realm, math, "trunc", x -> x < 0 ? Math.ceil(x) : Math.floor(x));

        binary(realm, math, "atan2", StrictMath::atan2);
        binary(realm, math, "pow", Operators::pow);
        realm.defineMethod(math, "imul", 2, (r, thisArg, args) ->
                Conversions.toInt32(arg(args, 0)) * Conversions.toInt32(arg(args, 1)));
        realm.defineMethod(math, "clz32", 1, (r, thisArg, args) ->
                Integer.numberOfLeadingZeros(Conversions.toInt32(arg(args, 0))));
        realm.defineMethod(math, "max", 2, (r, thisArg, args) -> maxOrMin(args, true));
        realm.defineMethod(math, "min", 2, (r, thisArg, args) -> maxOrMin(args, false));
        realm.defineMethod(math, "hypot", 2, (r, thisArg, args) -> hypot(args));
        realm.defineMethod(math, "random", 0, (r, thisArg, args) -> ThreadLocalRandom.current().nextDouble());
    }

    private static void unary(Realm realm, JSObject math, String name, DoubleUnaryOperator op) {
        boolean identityOnIntegers = isIdentityOnIntegers(name);
        realm.defineMethod(math, name, 1, (r, thisArg, args) -> {
            Object x = arg(args, 0);
            if (identityOnIntegers && x instanceof Integer i) {
                return i;                                    // fast path: floor(7) is 7
            }
            return Numbers.normalize(op.applyAsDouble(Conversions.toNumber(x)));
        });
    }

    /** ceil, floor, round and trunc return an int32 argument unchanged (fround does not: 2^24 + 1). */
    private static boolean isIdentityOnIntegers(String name) {
        return switch (name) {
            case "ceil", "floor", "round", "trunc" -> true;
            default -> false;
        };
    }

    private static void binary(Realm realm, JSObject math, String name, DoubleBinaryOperator op) {
        realm.defineMethod(math, name, 2, (r, thisArg, args) -> {
            double x = Conversions.toNumber(arg(args, 0));
            double y = Conversions.toNumber(arg(args, 1));
            return Numbers.normalize(op.applyAsDouble(x, y));
        });
    }

    /**
     * Math.round (§21.3.2.28): the integer closest to x, halves toward +Infinity; -0 for x in
     * [-0.5, -0]. Not floor(x + 0.5): that gives 1 for 0.49999999999999994, where the sum
     * rounds up.
     */
    static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double floor = Math.floor(x);
        double r = x - floor >= 0.5 ? floor + 1 : floor;
        return r == 0 && (x < 0 || Numbers.isNegativeZero(x)) ? -0.0 : r;
    }

    /**
     * Math.max / Math.min: every argument is converted first; NaN wins, and -0 < +0 (Java's
     * Math.max/min already order -0 and NaN as JS does).
     */
    private static Object maxOrMin(Object[] args, boolean max) {
        boolean allInts = true;
        for (Object a : args) {
            if (!(a instanceof Integer)) {
                allInts = false;
                break;
            }
        }
        if (allInts && args.length > 0) {                    // fast path: int32 only
            int result = (Integer) args[0];
            for (Object a : args) {
                result = max ? Math.max(result, (Integer) a) : Math.min(result, (Integer) a);
            }
            return result;
        }
        double[] values = new double[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = Conversions.toNumber(args[i]);
        }
        double result = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (double v : values) {
            result = max ? Math.max(result, v) : Math.min(result, v);
        }
        return Numbers.normalize(result);
    }

    /**
     * Math.hypot as V8 computes it (builtins-math.tq MathHypot): Infinity beats NaN; the sum
     * of squares is taken of values scaled by the largest, with Kahan summation.
     */
    private static Object hypot(Object[] args) {
        double[] abs = new double[args.length];
        boolean oneIsNaN = false;
        double max = 0;
        for (int i = 0; i < args.length; i++) {
            double v = Conversions.toNumber(args[i]);
            if (Double.isNaN(v)) {
                oneIsNaN = true;
            } else {
                abs[i] = Math.abs(v);
                max = Math.max(max, abs[i]);
            }
        }
        if (max == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        if (oneIsNaN) {
            return Double.NaN;
        }
        if (max == 0) {
            return 0;
        }
        double sum = 0;
        double compensation = 0;
        for (double a : abs) {
            double n = a / max;
            double summand = n * n - compensation;
            double preliminary = sum + summand;
            compensation = (preliminary - sum) - summand;
            sum = preliminary;
        }
        return Numbers.normalize(Math.sqrt(sum) * max);
    }
}

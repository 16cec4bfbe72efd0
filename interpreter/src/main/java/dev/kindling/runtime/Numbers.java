/*
 * JS number values in Java: an int32 (except −0) is an Integer — V8's Smi — and every other
 * number is a Double. normalize() is the one place that decides which, so the Java type of a
 * number is a fact the inline caches and the compiler can trust.
 *
 * Also the integer conversions of ECMA-262 §7.1 (ToInt32, ToUint32) on doubles.
 */
package dev.kindling.runtime;

public final class Numbers {
    private Numbers() {
    }

    /** The canonical boxed form of `d`: Integer if it is an int32 other than −0, else Double. */
    public static Object normalize(double d) {
        int i = (int) d;
        if (i == d && (i != 0 || Double.doubleToRawLongBits(d) == 0L)) {
            return i;
        }
        return d;
    }

    /** The canonical boxed form of a long result (e.g. of int arithmetic that may overflow). */
    public static Object normalize(long l) {
        int i = (int) l;
        return i == l ? (Object) i : (Object) (double) l;
    }

    public static boolean isNumber(Object value) {
        return value instanceof Integer || value instanceof Double;
    }

    /** The double value of a number (Integer or Double). */
    public static double doubleValue(Object number) {
        return number instanceof Integer i ? i : (Double) number;
    }

    /** ECMA-262 ToInt32 on a double: modulo 2^32, into the signed range. */
    public static int toInt32(double d) {
        int i = (int) d;
        if (i == d) {
            return i;
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return 0;
        }
        double t = d < 0 ? Math.ceil(d) : Math.floor(d);
        double m = t % 4294967296.0;
        return (int) (long) m;
    }

    /** ECMA-262 ToUint32 on a double, as a long in 0 .. 2^32-1. */
    public static long toUint32(double d) {
        return toInt32(d) & 0xFFFFFFFFL;
    }

    public static boolean isNegativeZero(double d) {
        return d == 0 && Double.doubleToRawLongBits(d) != 0L;
    }
}

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

    /** The smallest and largest int the Smi cache holds. */
    private static final int SMI_CACHE_LOW = -1024;
    private static final int SMI_CACHE_HIGH = 16 * 1024 - 1;
    /**
     * Boxed Integers for the small ints programs use most (loop counters, indices, flags): a
     * documented cache, preallocated once, so the interpreter's int fast paths allocate
     * nothing for them. Integer.valueOf caches only -128..127. V8 needs no such thing: its
     * Smis are tagged words, never boxed.
     */
    private static final Integer[] SMI_CACHE = new Integer[SMI_CACHE_HIGH - SMI_CACHE_LOW + 1];

    static {
        for (int i = 0; i < SMI_CACHE.length; i++) {
            SMI_CACHE[i] = SMI_CACHE_LOW + i;
        }
    }

    /** The boxed form of an int32 value (a Smi): shared for small values, fresh otherwise. */
    public static Integer smi(int i) {
        return i >= SMI_CACHE_LOW && i <= SMI_CACHE_HIGH ? SMI_CACHE[i - SMI_CACHE_LOW] : Integer.valueOf(i);
    }

    /** The canonical boxed form of `d`: Integer if it is an int32 other than −0, else Double. */
    public static Object normalize(double d) {
        int i = (int) d;
        if (i == d && (i != 0 || Double.doubleToRawLongBits(d) == 0L)) {
            return smi(i);
        }
        return d;
    }

    /** The canonical boxed form of a long result (e.g. of int arithmetic that may overflow). */
    public static Object normalize(long l) {
        int i = (int) l;
        return i == l ? (Object) smi(i) : (Object) (double) l;
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

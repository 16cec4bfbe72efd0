/*
 * Array indices as ECMA-262 defines them: the canonical decimal strings of the integers
 * 0 .. 2^32-2. Used to tell element keys from named keys.
 */
package dev.kindling.runtime;

public final class ArrayIndex {
    public static final long MAX_INDEX = 4294967294L;

    private ArrayIndex() {
    }

    /** The index property key `key` denotes, or -1 (a symbol is never an index). */
    public static long parse(Object key) {
        return key instanceof String s ? parse(s) : -1;
    }

    /** The index `key` denotes, or -1 if it is not a canonical array index. */
    public static long parse(String key) {
        int n = key.length();
        if (n == 0 || n > 10) {
            return -1;
        }
        char first = key.charAt(0);
        if (first < '0' || first > '9' || (first == '0' && n > 1)) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= MAX_INDEX ? value : -1;
    }
}

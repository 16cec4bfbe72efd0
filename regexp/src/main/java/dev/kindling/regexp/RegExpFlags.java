/*
 * The flags of a regular expression (ECMA-262 §22.2.3.1 RegExpInitialize; `v` is not supported).
 *
 * Guarantees: parse() accepts each of d g i m s u y at most once, in any order, and nothing
 * else; toString() prints them in the order the `flags` getter does (§22.2.6.4: "dgimsuy").
 */
package dev.kindling.regexp;

public record RegExpFlags(boolean hasIndices, boolean global, boolean ignoreCase, boolean multiline,
                          boolean dotAll, boolean unicode, boolean sticky) {

    public static final RegExpFlags NONE = new RegExpFlags(false, false, false, false, false, false, false);

    /** The flags the text spells, or null if it repeats one or names one that does not exist. */
    public static RegExpFlags parse(String text) {
        boolean d = false, g = false, i = false, m = false, s = false, u = false, y = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case 'd' -> { if (d) return null; d = true; }
                case 'g' -> { if (g) return null; g = true; }
                case 'i' -> { if (i) return null; i = true; }
                case 'm' -> { if (m) return null; m = true; }
                case 's' -> { if (s) return null; s = true; }
                case 'u' -> { if (u) return null; u = true; }
                case 'y' -> { if (y) return null; y = true; }
                default -> { return null; }
            }
        }
        return new RegExpFlags(d, g, i, m, s, u, y);
    }

    /**
     * The flags as V8's JSRegExp::Flags bits (src/regexp/regexp-flags.h), the #f operand of
     * CreateRegExpLiteral: g 1, i 2, m 4, y 8, u 16, s 32, (linear 64), d 128.
     */
    public int bits() {
        return (global ? 1 : 0) | (ignoreCase ? 2 : 0) | (multiline ? 4 : 0) | (sticky ? 8 : 0)
                | (unicode ? 16 : 0) | (dotAll ? 32 : 0) | (hasIndices ? 128 : 0);
    }

    /** The inverse of bits(). */
    public static RegExpFlags fromBits(int bits) {
        return new RegExpFlags((bits & 128) != 0, (bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0,
                (bits & 32) != 0, (bits & 16) != 0, (bits & 8) != 0);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (hasIndices) sb.append('d');
        if (global) sb.append('g');
        if (ignoreCase) sb.append('i');
        if (multiline) sb.append('m');
        if (dotAll) sb.append('s');
        if (unicode) sb.append('u');
        if (sticky) sb.append('y');
        return sb.toString();
    }
}

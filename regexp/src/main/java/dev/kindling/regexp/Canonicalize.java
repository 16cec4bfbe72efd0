/*
 * Case folding for the i flag: the spec's Canonicalize(rer, ch) (ECMA-262 §22.2.2.7.3).
 *  - Without u: ch's full toUppercase, if that is one code unit and does not map a non-ASCII
 *    character into ASCII (so 'ß' stays 'ß' and 'ſ' does not match 's').
 *  - With u: simple case folding (CaseFolding.txt, statuses C and S). The JDK has no case-folding
 *    table; toLowerCase(toUpperCase(c)) gives the same equivalence classes for every character
 *    with a simple folding except the Cherokee letters, which fold to their upper case
 *    (CaseFolding.txt maps U+13F8..U+13FD and U+AB70..U+ABBF up), handled here.
 * A class matches case-insensitively if Canonicalize(ch) is in the set of the canonical forms
 * of its members (CharacterSetMatcher); closeOver() builds that set once, at compile time.
 *
 * Assumes: the JDK's Character/String case mappings are the Unicode data node's ICU uses
 * (they can differ by a Unicode version on newly added characters).
 * Guarantees: canonicalize is idempotent on the characters a pattern can hold; the tables are
 * computed once per mode on first use (the only static mutable state, a documented cache).
 */
package dev.kindling.regexp;

import java.util.Locale;

public final class Canonicalize {
    private Canonicalize() {
    }

    private static volatile char[] bmpTable;
    private static volatile int[] changedNonUnicode;
    private static volatile int[] changedUnicode;

    public static int canonicalize(int c, boolean unicode) {
        if (unicode) {
            return simpleFold(c);
        }
        if (c > CharSet.MAX_CODE_UNIT) {
            return c;
        }
        return table()[c];
    }

    private static int simpleFold(int c) {
        if ((c >= 0x13A0 && c <= 0x13F5) || (c >= 0xAB70 && c <= 0xABBF) || (c >= 0x13F8 && c <= 0x13FD)) {
            return Character.toUpperCase(c);
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static char[] table() {
        char[] t = bmpTable;
        if (t == null) {
            t = new char[CharSet.MAX_CODE_UNIT + 1];
            for (int c = 0; c <= CharSet.MAX_CODE_UNIT; c++) {
                t[c] = (char) nonUnicode(c);
            }
            bmpTable = t;
        }
        return t;
    }

    private static int nonUnicode(int c) {
        if (c >= 0xD800 && c <= 0xDFFF) {
            return c;
        }
        String upper = String.valueOf((char) c).toUpperCase(Locale.ROOT);
        if (upper.length() != 1) {
            return c;
        }
        char cu = upper.charAt(0);
        return c >= 128 && cu < 128 ? c : cu;
    }

    /** Every code point whose canonical form is not itself. */
    private static int[] changed(boolean unicode) {
        int[] list = unicode ? changedUnicode : changedNonUnicode;
        if (list == null) {
            int max = unicode ? CharSet.MAX_CODE_POINT : CharSet.MAX_CODE_UNIT;
            int[] buffer = new int[4096];
            int n = 0;
            for (int c = 0; c <= max; c++) {
                if (canonicalize(c, unicode) != c) {
                    if (n == buffer.length) {
                        buffer = java.util.Arrays.copyOf(buffer, n * 2);
                    }
                    buffer[n++] = c;
                }
            }
            list = java.util.Arrays.copyOf(buffer, n);
            if (unicode) {
                changedUnicode = list;
            } else {
                changedNonUnicode = list;
            }
        }
        return list;
    }

    /** { Canonicalize(a) : a in set } together with the set itself (see the header). */
    public static CharSet closeOver(CharSet set, boolean unicode) {
        CharSet.Builder b = new CharSet.Builder().addAll(set);
        for (int c : changed(unicode)) {
            if (set.contains(c)) {
                b.add(canonicalize(c, unicode));
            }
        }
        return b.build();
    }
}

/*
 * How util.inspect prints primitives and property keys: numbers (-0 as "-0"), strings in
 * quotes with node's choice of quote and escapes, long nested strings split at line breaks,
 * and keys bare when they are identifiers ('a-b' otherwise).
 *
 * A port of formatPrimitive, formatNumber, strEscape and the key rules of formatProperty in
 * node v20's lib/internal/util/inspect.js, without colors.
 *
 * Guarantees: a string printed here reads back, as a JS string literal, to the same string.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Oddball;

final class InspectPrimitives {
    /** node's kMinLineLength: nested strings shorter than this are never split. */
    private static final int MIN_LINE_LENGTH = 16;

    private InspectPrimitives() {
    }

    /** A primitive as util.inspect prints it when it is nested (strings quoted). */
    static String formatPrimitive(Object value, Inspect.Options options, int indentationLvl) {
        if (value instanceof String s) {
            String trailer = "";
            if (s.length() > options.maxStringLength()) {
                int remaining = s.length() - options.maxStringLength();
                s = s.substring(0, options.maxStringLength());
                trailer = "... " + remaining + " more character" + (remaining > 1 ? "s" : "");
            }
            // A long string is printed one quoted line per source line, joined by " +".
            if (s.length() > MIN_LINE_LENGTH && s.length() > options.breakLength() - indentationLvl - 4) {
                StringBuilder sb = new StringBuilder();
                String joiner = " +\n" + " ".repeat(indentationLvl + 2);
                String[] lines = s.split("(?<=\n)");
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        sb.append(joiner);
                    }
                    sb.append(quote(lines[i]));
                }
                return sb.append(trailer).toString();
            }
            return quote(s) + trailer;
        }
        if (Numbers.isNumber(value)) {
            return formatNumber(value);
        }
        if (value instanceof Boolean || value instanceof Oddball || value instanceof JSSymbol) {
            return value.toString();
        }
        throw new IllegalArgumentException("not a JS primitive: " + value);
    }

    /** formatNumber: like ToString except that -0 prints as "-0". */
    static String formatNumber(Object number) {
        if (number instanceof Double d && Numbers.isNegativeZero(d)) {
            return "-0";
        }
        return Conversions.toString(number);
    }

    // ---- quoting (strEscape) ------------------------------------------------------------------

    /**
     * strEscape: single quotes by default; double quotes when the string contains ' but no ";
     * backticks when it contains both but no ` or "${". Control characters, the backslash,
     * the chosen quote (only if it is ') and lone surrogates are escaped.
     */
    static String quote(String s) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0) {
            if (s.indexOf('"') < 0) {
                quote = '"';
            } else if (s.indexOf('`') < 0 && !s.contains("${")) {
                quote = '`';
            }
        }
        return quote + escape(s, quote == '\'') + quote;
    }

    /** The escapes of strEscape; `escapeSingleQuote` when ' is the quote in use. */
    static String escape(String s, boolean escapeSingleQuote) {
        StringBuilder sb = null;
        int last = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement = null;
            if ((c == '\'' && escapeSingleQuote) || c == '\\' || c < 32 || (c > 126 && c < 160)) {
                replacement = meta(c);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                replacement = "\\u" + Integer.toHexString(c);
            }
            if (replacement != null) {
                if (sb == null) {
                    sb = new StringBuilder(n + 8);
                }
                sb.append(s, last, i).append(replacement);
                last = i + 1;
            }
        }
        if (sb == null) {
            return s;
        }
        return sb.append(s, last, n).toString();
    }

    /** node's `meta` table: the escape of a control character, ' or \. */
    private static String meta(char c) {
        switch (c) {
            case '\b': return "\\b";
            case '\t': return "\\t";
            case '\n': return "\\n";
            case '\f': return "\\f";
            case '\r': return "\\r";
            case '\'': return "\\'";
            case '\\': return "\\\\";
            default: return String.format("\\x%02X", (int) c);
        }
    }

    // ---- property keys --------------------------------------------------------------------------

    /** A key as formatProperty prints it: bare identifier, quoted string, or [hidden]. */
    static String formatKey(Object property, boolean enumerable) {
        if (property instanceof JSSymbol symbol) {
            return "[" + escape(symbol.toString(), true) + "]";
        }
        String key = (String) property;
        if (key.equals("__proto__")) {
            return "['__proto__']";
        }
        if (!enumerable) {
            return "[" + escape(key, true) + "]";
        }
        if (isIdentifierKey(key)) {
            return key;
        }
        return quote(key);
    }

    /** node's keyStrRegExp: /^[a-zA-Z_][a-zA-Z_0-9]*$/ (so `$x` and `ü` are quoted). */
    private static boolean isIdentifierKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    // ---- display width --------------------------------------------------------------------------

    /**
     * getStringWidth: the columns a string takes in a terminal; used to line up grouped array
     * columns. ASCII control characters take none. Beyond ASCII, node asks ICU; we use node's
     * own fallback table (full-width East Asian characters take two columns, combining marks
     * none), which agrees with ICU on the common cases.
     */
    static int stringWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int code = s.codePointAt(i);
            i += Character.charCount(code);
            if (code < 127) {
                width += code >= 32 ? 1 : 0;
            } else if (isFullWidth(code)) {
                width += 2;
            } else if (!isZeroWidth(code)) {
                width++;
            }
        }
        return width;
    }

    private static boolean isZeroWidth(int code) {
        return code <= 0x1F
                || (code >= 0x7F && code <= 0x9F)
                || (code >= 0x300 && code <= 0x36F)
                || (code >= 0x200B && code <= 0x200F)
                || (code >= 0x20D0 && code <= 0x20FF)
                || (code >= 0xFE00 && code <= 0xFE0F)
                || (code >= 0xFE20 && code <= 0xFE2F)
                || (code >= 0xE0100 && code <= 0xE01EF);
    }

    private static boolean isFullWidth(int code) {
        return code >= 0x1100 && (code <= 0x115f
                || code == 0x2329 || code == 0x232a
                || (code >= 0x2e80 && code <= 0x3247 && code != 0x303f)
                || (code >= 0x3250 && code <= 0x4dbf)
                || (code >= 0x4e00 && code <= 0xa4c6)
                || (code >= 0xa960 && code <= 0xa97c)
                || (code >= 0xac00 && code <= 0xd7a3)
                || (code >= 0xf900 && code <= 0xfaff)
                || (code >= 0xfe10 && code <= 0xfe19)
                || (code >= 0xfe30 && code <= 0xfe6b)
                || (code >= 0xff01 && code <= 0xff60)
                || (code >= 0xffe0 && code <= 0xffe6)
                || (code >= 0x1b000 && code <= 0x1b001)
                || (code >= 0x1f200 && code <= 0x1f251)
                || (code >= 0x1f300 && code <= 0x1f64f)
                || (code >= 0x20000 && code <= 0x3fffd));
    }
}

/*
 * The URI handling functions of the global object (ECMA-262 §19.2.6): encodeURI,
 * encodeURIComponent, decodeURI, decodeURIComponent — UTF-8 percent-encoding by the spec's
 * Encode and Decode — and Annex B's escape and unescape (Latin-1 %XX and %uXXXX).
 *
 * Assumes: JS strings are Java strings of UTF-16 code units.
 * Guarantees: a lone surrogate to encode, or a malformed escape or UTF-8 sequence to decode,
 * is node's `URIError: URI malformed`; decodeURI leaves the escapes of its reserved
 * characters (`%2F` stays `%2F`) as the spec's preserve set says.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.ErrorType;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.Realm;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class UriBuiltins {
    private UriBuiltins() {
    }

    /** uriReserved plus "#": what encodeURI keeps and decodeURI does not decode. */
    private static final String RESERVED = ";/?:@&=+$,#";
    /** uriUnreserved's marks; letters and digits are unreserved too. */
    private static final String MARKS = "-_.!~*'()";
    /** The characters escape() leaves alone besides letters and digits. */
    private static final String ESCAPE_KEEPS = "@*_+-./";
    private static final String HEX = "0123456789ABCDEF";

    static void install(Realm realm) {
        var global = realm.global();
        realm.defineMethod(global, "decodeURI", 1, (r, thisArg, args) ->
                decode(Conversions.toString(arg(args, 0)), RESERVED));
        realm.defineMethod(global, "decodeURIComponent", 1, (r, thisArg, args) ->
                decode(Conversions.toString(arg(args, 0)), ""));
        realm.defineMethod(global, "encodeURI", 1, (r, thisArg, args) ->
                encode(Conversions.toString(arg(args, 0)), RESERVED));
        realm.defineMethod(global, "encodeURIComponent", 1, (r, thisArg, args) ->
                encode(Conversions.toString(arg(args, 0)), ""));
        realm.defineMethod(global, "escape", 1, (r, thisArg, args) -> escape(Conversions.toString(arg(args, 0))));
        realm.defineMethod(global, "unescape", 1, (r, thisArg, args) -> unescape(Conversions.toString(arg(args, 0))));
    }

    private static JSException malformed() {
        return JSException.error(ErrorType.URIError, "URI malformed");
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Encode (§19.2.6.5): every code point outside the unescaped set as %XX of its UTF-8 bytes. */
    static String encode(String s, String extraUnescaped) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (isAsciiAlnum(c) || MARKS.indexOf(c) >= 0 || extraUnescaped.indexOf(c) >= 0) {
                out.append(c);
                continue;
            }
            int cp;
            if (Character.isHighSurrogate(c) && k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1))) {
                cp = Character.toCodePoint(c, s.charAt(++k));
            } else if (Character.isSurrogate(c)) {
                throw malformed();
            } else {
                cp = c;
            }
            for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                percent(out, b & 0xFF);
            }
        }
        return out.toString();
    }

    private static void percent(StringBuilder out, int octet) {
        out.append('%').append(HEX.charAt(octet >> 4)).append(HEX.charAt(octet & 0xF));
    }

    /** The byte of "%XX" at s[k], or -1 when there is no such escape there. */
    private static int escapedByte(String s, int k) {
        if (k + 2 >= s.length() || s.charAt(k) != '%') {
            return -1;
        }
        return hex(s, k + 1, 2);
    }

    /**
     * Decode (§19.2.6.6): each %XX sequence that spells a UTF-8 code point becomes that code
     * point, except an ASCII character in `preserve`, whose escape is kept as it was written.
     */
    static String decode(String s, String preserve) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int b = escapedByte(s, k);
            if (b < 0) {
                throw malformed();
            }
            if (b < 0x80) {
                if (preserve.indexOf((char) b) >= 0) {
                    out.append(s, k, k + 3);
                } else {
                    out.append((char) b);
                }
                k += 2;
                continue;
            }
            int n = b >= 0xF0 && b <= 0xF7 ? 4 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xC0 && b <= 0xDF ? 2 : 0;
            if (n == 0) {
                throw malformed();
            }
            int cp = b & (0xFF >> (n + 1));
            int at = k + 3;
            for (int j = 1; j < n; j++, at += 3) {
                int cont = at < s.length() ? escapedByte(s, at) : -1;
                if (cont < 0 || (cont & 0xC0) != 0x80) {
                    throw malformed();
                }
                cp = cp << 6 | (cont & 0x3F);
            }
            int min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                throw malformed(); // overlong, out of range, or a surrogate: not UTF-8
            }
            out.appendCodePoint(cp);
            k = at - 1;
        }
        return out.toString();
    }

    /** escape (Annex B.2.1.1). */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (isAsciiAlnum(c) || ESCAPE_KEEPS.indexOf(c) >= 0) {
                out.append(c);
            } else if (c < 256) {
                percent(out, c);
            } else {
                out.append("%u");
                for (int shift = 12; shift >= 0; shift -= 4) {
                    out.append(HEX.charAt((c >> shift) & 0xF));
                }
            }
        }
        return out.toString();
    }

    /** unescape (Annex B.2.1.2): %uXXXX and %XX decoded, anything else kept. */
    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '%' && k + 6 <= s.length() && s.charAt(k + 1) == 'u') {
                int v = hex(s, k + 2, 4);
                if (v >= 0) {
                    out.append((char) v);
                    k += 5;
                    continue;
                }
            }
            if (c == '%' && k + 3 <= s.length()) {
                int v = hex(s, k + 1, 2);
                if (v >= 0) {
                    out.append((char) v);
                    k += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static int hex(String s, int from, int digits) {
        int v = 0;
        for (int i = from; i < from + digits; i++) {
            char c = s.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) { // ASCII hex digits only (Character.digit would take other scripts' digits)
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }
}

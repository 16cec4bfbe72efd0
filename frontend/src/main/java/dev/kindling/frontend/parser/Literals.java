/*
 * The values of literal tokens: numbers (ECMA-262 §12.9.3), strings with their escapes
 * (§12.9.4), template characters (§12.9.6), regular expressions (§12.9.5, checked by the regexp
 * parser as an early error, §13.2.7.2), and the property-key string of a numeric key.
 *
 * Assumes: the token text matched the lexer's rules (so a string token starts and ends with its
 * quote, a hex literal starts with 0x, ...). The lexer keeps escapes as written; this class is
 * the only place that decodes them.
 * Guarantees: bad escapes and strict-mode violations become JsSyntaxErrors worded and placed as
 * node places them (an octal escape at the digit after the backslash, the others at the
 * backslash).
 */
package dev.kindling.frontend.parser;

import dev.kindling.frontend.grammar.JavaScriptLexer;
import dev.kindling.frontend.ast.Expression;
import dev.kindling.regexp.RegExpFlags;
import dev.kindling.regexp.RegExpParser;
import dev.kindling.regexp.RegExpSyntaxError;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.antlr.v4.runtime.Token;

final class Literals {
    private final SourceText text;

    Literals(SourceText text) {
        this.text = text;
    }

    // ---- regular expressions ---------------------------------------------------------------

    /**
     * `/body/flags`, split at its last '/' (the lexer kept any '/' inside a class or escaped).
     * Bad flags are node's "Invalid regular expression flags" at the literal's first character;
     * a bad body is "Invalid regular expression: /body/flags: reason" under the whole literal.
     */
    Expression.RegExpLiteral regExp(Token token) {
        String s = token.getText();
        int slash = s.lastIndexOf('/');
        String pattern = s.substring(1, slash);
        String flagText = s.substring(slash + 1);
        RegExpFlags flags = RegExpFlags.parse(flagText);
        if (flags == null) {
            throw text.error(text.offset(token), "Invalid regular expression flags");
        }
        try {
            RegExpParser.parse(pattern, flags);
        } catch (RegExpSyntaxError e) {
            throw text.error(token, RegExpSyntaxError.format(pattern, flagText, e.getMessage()));
        }
        return new Expression.RegExpLiteral(text.offset(token), pattern, flagText);
    }

    // ---- numbers --------------------------------------------------------------------------

    double number(Token token, boolean strict) {
        String s = token.getText();
        if (s.indexOf('_') >= 0) {
            // the lexer let `_` only between two digits; a legacy 0-prefixed literal has none
            if (s.length() > 1 && s.charAt(0) == '0' && (Character.isDigit(s.charAt(1)) || s.charAt(1) == '_')) {
                throw text.error(text.offset(token) + 1, 1, "Numeric separator can not be used after leading 0.");
            }
            s = s.replace("_", "");
        }
        switch (token.getType()) {
            case JavaScriptLexer.HexIntegerLiteral:
                return new BigInteger(s.substring(2), 16).doubleValue();
            case JavaScriptLexer.OctalIntegerLiteral:
                return new BigInteger(s.substring(2), 8).doubleValue();
            case JavaScriptLexer.BinaryIntegerLiteral:
                return new BigInteger(s.substring(2), 2).doubleValue();
            default:
                break;
        }
        if (s.length() > 1 && s.charAt(0) == '0' && Character.isDigit(s.charAt(1))) {
            // Annex B legacy forms: 010 is octal 8, 08 and 019 are decimal.
            boolean octal = s.chars().allMatch(c -> c >= '0' && c <= '7');
            if (strict) {
                throw text.error(token, octal ? "Octal literals are not allowed in strict mode."
                        : "Decimals with leading zeros are not allowed in strict mode.");
            }
            if (octal) {
                return new BigInteger(s, 8).doubleValue();
            }
        }
        return Double.parseDouble(s);
    }

    /** Number::toString (§6.1.6.1.20), for numeric property keys: 1.0 -> "1", 1e21 -> "1e+21". */
    static String numberToString(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (value == 0) {
            return "0";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value < 0) {
            return "-" + numberToString(-value);
        }
        // Shortest digits that round-trip, then the spec's layout rules.
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        String digits = decimal.unscaledValue().toString();
        int k = digits.length();
        int n = k - decimal.scale();   // value = 0.digits * 10^n
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int e = n - 1;
        String exponent = (e >= 0 ? "+" : "-") + Math.abs(e);
        if (k == 1) {
            return digits + "e" + exponent;
        }
        return digits.charAt(0) + "." + digits.substring(1) + "e" + exponent;
    }

    // ---- strings --------------------------------------------------------------------------

    /** The value of a string literal token (quotes removed, escapes decoded). */
    String string(Token token, boolean strict) {
        String raw = token.getText();
        int base = text.offset(token) + 1;
        return cook(raw.substring(1, raw.length() - 1), base, strict, false);
    }

    /** The cooked value of template characters (§12.9.6: CR and CRLF become LF). */
    String template(Token token) {
        return cook(token.getText(), text.offset(token), true, true);
    }

    /** The raw value of template characters (§13.2.8.3 TRV): the source text, CR and CRLF as LF. */
    static String templateRaw(Token token) {
        return token.getText().replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Decodes escapes in `s`, whose first character is at source offset `base`.
     * In a template, octal escapes are always errors and line breaks are normalized.
     */
    private String cook(String s, int base, boolean strict, boolean template) {
        if (s.indexOf('\\') < 0 && (!template || s.indexOf('\r') < 0)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\r' && template) {
                out.append('\n');
                i += (i + 1 < s.length() && s.charAt(i + 1) == '\n') ? 2 : 1;
                continue;
            }
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int backslash = i;
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000B');
                case '\r' -> {   // line continuation: the escaped line break is dropped
                    if (i < s.length() && s.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u2028', '\u2029' -> { }
                case 'x' -> {
                    int value = hex(s, i, 2);
                    if (value < 0) {
                        throw text.error(base + backslash, Math.min(4, s.length() - backslash), "Invalid hexadecimal escape sequence");
                    }
                    out.append((char) value);
                    i += 2;
                }
                case 'u' -> i = unicodeEscape(s, i, base + backslash, out);
                case '8', '9' -> {
                    if (strict) {
                        throw text.error(base + backslash, "\\8 and \\9 are not allowed in "
                                + (template ? "template strings." : "strict mode."));
                    }
                    out.append(e);
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        boolean followedByDigit = i < s.length() && Character.isDigit(s.charAt(i));
                        if (e == '0' && !followedByDigit) {
                            out.append('\0');
                        } else if (template) {
                            throw text.error(base + backslash + 1, "Octal escape sequences are not allowed in template strings.");
                        } else if (strict) {
                            throw text.error(base + backslash + 1, "Octal escape sequences are not allowed in strict mode.");
                        } else {
                            i = legacyOctalEscape(s, i - 1, out);
                        }
                    } else {
                        out.append(e);   // any other character escapes to itself
                    }
                }
            }
        }
        return out.toString();
    }

    /** A unicode escape: backslash-u and four hex digits or {hex digits}; returns the index after it. */
    private int unicodeEscape(String s, int i, int errorOffset, StringBuilder out) {
        if (i < s.length() && s.charAt(i) == '{') {
            int close = s.indexOf('}', i);
            if (close < 0 || close == i + 1) {
                throw text.error(errorOffset, "Invalid Unicode escape sequence");
            }
            int codePoint = 0;
            for (int j = i + 1; j < close; j++) {
                int digit = Character.digit(s.charAt(j), 16);
                if (digit < 0) {
                    throw text.error(errorOffset, "Invalid Unicode escape sequence");
                }
                codePoint = codePoint * 16 + digit;
                if (codePoint > 0x10FFFF) {
                    // node underlines from the backslash up to the closing brace
                    throw text.error(errorOffset, close - i + 2, "Undefined Unicode code-point");
                }
            }
            out.appendCodePoint(codePoint);
            return close + 1;
        }
        int value = hex(s, i, 4);
        if (value < 0) {
            throw text.error(errorOffset, "Invalid Unicode escape sequence");
        }
        out.append((char) value);
        return i + 4;
    }

    /** Annex B: up to three octal digits, value at most 0377. Returns the index after them. */
    private static int legacyOctalEscape(String s, int i, StringBuilder out) {
        int value = s.charAt(i) - '0';
        int j = i + 1;
        int maxDigits = value <= 3 ? 3 : 2;
        while (j < s.length() && j - i < maxDigits && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
            value = value * 8 + (s.charAt(j) - '0');
            j++;
        }
        out.append((char) value);
        return j;
    }

    /** The value of `count` hex digits at s[i], or -1 if they are not all there. */
    private static int hex(String s, int i, int count) {
        if (i + count > s.length()) {
            return -1;
        }
        int value = 0;
        for (int j = i; j < i + count; j++) {
            int digit = Character.digit(s.charAt(j), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    /** An identifier's name, with any unicode escapes in it decoded. */
    String identifier(Token token) {
        String s = token.getText();
        if (s.indexOf('\\') < 0) {
            return s;
        }
        return cook(s, text.offset(token), true, false);
    }
}

/*
 * The parser, compiler and interpreter against node: each line of regexp-cases.tsv (written by
 * gen-cases.js under node v20) is a pattern, flags, a subject and what `new RegExp(p,
 * f).exec(s)` gave there — the match's index and captures, null, or the SyntaxError's reason.
 * The cases pin the ES semantics java.util.regex does not share: back references to groups
 * not yet matched, empty loop iterations, captures reset per iteration, case folding with and
 * without u, lookbehind's right-to-left matching, Annex B's lenient syntax.
 */
package dev.kindling.regexp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegExpCasesTest {

    @Test
    void everyCaseMatchesAsInNode() throws IOException {
        List<String> failures = new ArrayList<>();
        int count = 0;
        for (String line : lines()) {
            String[] f = line.split("\t");
            String pattern = decode(f[0]);
            String flags = decode(f[1]);
            String subject = decode(f[2]);
            String expected = decode(f[3]);
            String actual = run(pattern, flags, subject);
            count++;
            if (!expected.equals(actual)) {
                failures.add("/" + pattern + "/" + flags + " on " + encode(subject) + ": expected " + expected
                        + " got " + actual);
            }
        }
        assertTrue(count > 100, "read only " + count + " cases");
        assertEquals("", String.join("\n", failures));
    }

    static String run(String pattern, String flags, String subject) {
        RegExpCode code;
        try {
            code = RegExpCode.compile(pattern, RegExpFlags.parse(flags));
        } catch (RegExpSyntaxError e) {
            return "SyntaxError: " + e.getMessage();
        }
        int[] m = RegExpInterpreter.search(code, subject, 0, 0);
        if (m == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("{\"index\":").append(m[0]).append(",\"captures\":[");
        for (int i = 0; i < m.length; i += 2) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(m[i] < 0 ? "null" : encode(subject.substring(m[i], m[i + 1])));
        }
        return sb.append("]}").toString();
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = RegExpCasesTest.class.getResourceAsStream("/regexp-cases.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** JSON.parse of a JSON string literal. */
    static String decode(String json) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < json.length() - 1; i++) {
            char c = json.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = json.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    /** JSON.stringify of a string. */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || lone) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}

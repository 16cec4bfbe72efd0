/*
 * The metadata of one test262 test: the YAML block between `/*---` and `---*\/` at its top
 * (test262's INTERPRETING.md). Only the keys that decide how a test runs are read: includes
 * (harness files to prepend), flags (onlyStrict, noStrict, raw, async, module, ...), features
 * (language features the test needs) and negative (the phase and error type it must fail
 * with). description, info, esid and the rest are documentation.
 *
 * Assumes: test262's own YAML subset — scalars, flow lists `[a, b]`, block lists of `- a`
 * lines, and `negative:` as a block map of two scalars; block scalars (`|`, `>`) appear only
 * under documentation keys, whose indented lines are skipped.
 * Guarantees: a test without the block parses as having none of these keys.
 */
package dev.kindling.conformance;

import java.util.ArrayList;
import java.util.List;

public record TestMetadata(List<String> includes, List<String> flags, List<String> features,
                           String negativePhase, String negativeType) {

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    public boolean isNegative() {
        return negativePhase != null;
    }

    public static TestMetadata parse(String source) {
        int start = source.indexOf("/*---");
        int end = start < 0 ? -1 : source.indexOf("---*/", start);
        List<String> includes = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        List<String> features = new ArrayList<>();
        String phase = null;
        String type = null;
        if (end < 0) {
            return new TestMetadata(includes, flags, features, null, null);
        }
        String[] lines = source.substring(start + 5, end).split("\r?\n");
        List<String> current = null; // the block list being read, if any
        boolean inNegative = false;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            String trimmed = line.trim();
            if (indented) {
                if (current != null && trimmed.startsWith("- ")) {
                    current.add(unquote(trimmed.substring(2).trim()));
                } else if (inNegative && trimmed.startsWith("phase:")) {
                    phase = unquote(trimmed.substring("phase:".length()).trim());
                } else if (inNegative && trimmed.startsWith("type:")) {
                    type = unquote(trimmed.substring("type:".length()).trim());
                }
                continue; // a documentation key's block scalar, or an item read above
            }
            current = null;
            inNegative = false;
            int colon = trimmed.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = trimmed.substring(0, colon).trim();
            String value = trimmed.substring(colon + 1).trim();
            List<String> target = switch (key) {
                case "includes" -> includes;
                case "flags" -> flags;
                case "features" -> features;
                default -> null;
            };
            if (key.equals("negative")) {
                inNegative = true;
            } else if (target != null) {
                if (value.startsWith("[")) {
                    flowList(value, target);
                } else if (value.isEmpty()) {
                    current = target;
                } else {
                    target.add(unquote(value));
                }
            }
        }
        return new TestMetadata(List.copyOf(includes), List.copyOf(flags), List.copyOf(features), phase, type);
    }

    /** `[a, b, c]` (possibly with a trailing comment) into `out`. */
    private static void flowList(String value, List<String> out) {
        int close = value.indexOf(']');
        String inner = value.substring(1, close < 0 ? value.length() : close);
        for (String item : inner.split(",")) {
            if (!item.isBlank()) {
                out.add(unquote(item.trim()));
            }
        }
    }

    private static String unquote(String s) {
        int hash = s.indexOf(" #");
        if (hash >= 0) {
            s = s.substring(0, hash).trim();
        }
        if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}

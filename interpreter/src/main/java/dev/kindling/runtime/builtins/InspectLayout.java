/*
 * util.inspect's layout: given the printed entries of one object or array, decide between
 * one line (`{ a: 1, b: 2 }`), one entry per line, and — for arrays of more than six entries —
 * a grid of aligned columns. A port of reduceToSingleString, isBelowBreakLength and
 * groupArrayElements of node v20's lib/internal/util/inspect.js, for compact = 3 (the default
 * and the only mode console.log uses).
 *
 * The rules, in node's words:
 *   - "compact: 3": the innermost 3 levels of an object are combined on a single line when
 *     they fit in breakLength (80) — counting the entries, the separators, the current
 *     indentation, the opening brace and a constant 10;
 *   - otherwise each entry goes on its own line, indented 2 more spaces than the brace;
 *   - an array with more than 6 entries whose entries are short and of similar width is laid
 *     out in columns: about sqrt(2.5 * width * entries) / width of them, at most 15 and at
 *     most what fits in 80 columns; numbers are right-aligned, anything else left-aligned.
 *
 * Assumes: entries are already formatted (they may contain line breaks, which force the
 * multi-line layout). Guarantees: pure functions of their arguments.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.Numbers;

import java.util.ArrayList;
import java.util.List;

final class InspectLayout {
    private static final int SEPARATOR_SPACE = 2; // ", " between entries
    private static final double APPROX_CHAR_HEIGHTS = 2.5;
    private static final int MAX_COLUMNS = 15;

    private InspectLayout() {
    }

    /**
     * reduceToSingleString. `currentDepth - recurseTimes` is how many levels of objects the
     * entries contain (node measures it from the most recently printed nested object).
     */
    static String reduceToSingleString(Inspect.Options options, int indentationLvl, int currentDepth,
                                       List<String> output, String base, String openBrace, String closeBrace,
                                       boolean isArrayWithExtras, int recurseTimes, JSArray array) {
        int entries = output.size();
        if (isArrayWithExtras && entries > 6) {
            output = groupArrayElements(options, indentationLvl, output, array);
        }
        if (currentDepth - recurseTimes < options.compact() && entries == output.size()) {
            int start = output.size() + indentationLvl + openBrace.length() + base.length() + 10;
            if (isBelowBreakLength(options, output, start, base)) {
                String joined = String.join(", ", output);
                if (joined.indexOf('\n') < 0) {
                    return (base.isEmpty() ? "" : base + " ") + openBrace + " " + joined + " " + closeBrace;
                }
            }
        }
        String indentation = "\n" + " ".repeat(indentationLvl);
        return (base.isEmpty() ? "" : base + " ") + openBrace + indentation + "  "
                + String.join("," + indentation + "  ", output) + indentation + closeBrace;
    }

    /** isBelowBreakLength: do all entries plus separators plus `start` fit in breakLength? */
    static boolean isBelowBreakLength(Inspect.Options options, List<String> output, int start, String base) {
        int totalLength = output.size() + start;
        if (totalLength + output.size() > options.breakLength()) {
            return false;
        }
        for (String entry : output) {
            totalLength += entry.length();
            if (totalLength > options.breakLength()) {
                return false;
            }
        }
        return base.isEmpty() || base.indexOf('\n') < 0;
    }

    /**
     * groupArrayElements: joins the entries of an array into rows of aligned columns, or
     * returns `output` unchanged when the entries are too wide or too uneven for a grid.
     * A trailing "... N more items" entry is kept on its own row.
     */
    static List<String> groupArrayElements(Inspect.Options options, int indentationLvl, List<String> output,
                                           JSArray array) {
        int totalLength = 0;
        int maxLength = 0;
        int outputLength = output.size();
        if (options.maxArrayLength() < output.size()) {
            outputLength--; // leave out the "... more items" entry
        }
        int[] dataLen = new int[outputLength];
        for (int i = 0; i < outputLength; i++) {
            int len = InspectPrimitives.stringWidth(output.get(i));
            dataLen[i] = len;
            totalLength += len + SEPARATOR_SPACE;
            if (maxLength < len) {
                maxLength = len;
            }
        }
        int actualMax = maxLength + SEPARATOR_SPACE;
        // At least three entries must fit side by side, and no entry may dwarf the others.
        if (actualMax * 3 + indentationLvl < options.breakLength()
                && ((double) totalLength / actualMax > 5 || maxLength <= 6)) {
            double averageBias = Math.sqrt(actualMax - (double) totalLength / output.size());
            double biasedMax = Math.max(actualMax - 3 - averageBias, 1);
            // Aim for a square of entries, counting a character as 2.5 times as high as wide.
            int columns = Math.min(
                    Math.min((int) jsRound(Math.sqrt(APPROX_CHAR_HEIGHTS * biasedMax * outputLength) / biasedMax),
                            (int) Math.floor((options.breakLength() - indentationLvl) / (double) actualMax)),
                    Math.min(options.compact() * 4, MAX_COLUMNS));
            if (columns <= 1) {
                return output;
            }
            List<String> tmp = new ArrayList<>();
            int[] maxLineLength = new int[columns];
            for (int i = 0; i < columns; i++) {
                int lineLength = 0;
                for (int j = i; j < outputLength; j += columns) {
                    if (dataLen[j] > lineLength) {
                        lineLength = dataLen[j];
                    }
                }
                maxLineLength[i] = lineLength + SEPARATOR_SPACE;
            }
            boolean padStart = allNumbers(array, output.size());
            for (int i = 0; i < outputLength; i += columns) {
                int max = Math.min(i + columns, outputLength);
                StringBuilder row = new StringBuilder();
                int j = i;
                for (; j < max - 1; j++) {
                    int padding = maxLineLength[j - i] + output.get(j).length() - dataLen[j];
                    pad(row, output.get(j) + ", ", padding, padStart);
                }
                if (padStart) {
                    int padding = maxLineLength[j - i] + output.get(j).length() - dataLen[j] - SEPARATOR_SPACE;
                    pad(row, output.get(j), padding, true);
                } else {
                    row.append(output.get(j));
                }
                tmp.add(row.toString());
            }
            if (options.maxArrayLength() < output.size()) {
                tmp.add(output.get(outputLength));
            }
            return tmp;
        }
        return output;
    }

    /** node right-aligns a column only when the first `count` elements are all numbers. */
    private static boolean allNumbers(JSArray array, int count) {
        for (int i = 0; i < count; i++) {
            Object element = array.rawElement(i);
            if (element == null || !Numbers.isNumber(element)) {
                return false;
            }
        }
        return true;
    }

    /** String.prototype.padStart / padEnd with spaces. */
    private static void pad(StringBuilder sb, String s, int width, boolean padStart) {
        int fill = Math.max(0, width - s.length());
        if (padStart) {
            sb.append(" ".repeat(fill)).append(s);
        } else {
            sb.append(s).append(" ".repeat(fill));
        }
    }

    /** JS Math.round: halves go up (toward +Infinity). */
    private static double jsRound(double d) {
        return Math.floor(d + 0.5);
    }
}

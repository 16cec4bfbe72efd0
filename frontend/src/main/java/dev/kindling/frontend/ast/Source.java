/*
 * The text of one source file with its line table: turns a character offset into a 1-based
 * line and column, and gives back a line's text for error carets. Immutable.
 */
package dev.kindling.frontend.ast;

import java.util.ArrayList;
import java.util.List;

public final class Source {
    private final String fileName;
    private final String text;
    private final int[] lineStarts;

    public Source(String fileName, String text) {
        this.fileName = fileName;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u2028' || c == '\u2029') {
                starts.add(i + 1);
            } else if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public String fileName() {
        return fileName;
    }

    public String text() {
        return text;
    }

    /** 1-based line of a character offset. */
    public int line(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** 1-based column of a character offset, counted in UTF-16 units as V8 does. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The text of a 1-based line, without its terminator. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r'
                || text.charAt(end - 1) == '\u2028' || text.charAt(end - 1) == '\u2029')) {
            end--;
        }
        return text.substring(start, end);
    }
}

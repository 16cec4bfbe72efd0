/*
 * A syntax error (or early error) found while parsing: where it is and node's wording for it.
 * Thrown by Parser.parse; the command line prints it in node's layout (file:line, the source
 * line, a caret under the column, then `SyntaxError: message`).
 */
package dev.kindling.frontend;

public final class JsSyntaxError extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;
    private final String sourceLine;
    private final int length;

    /**
     * @param line   1-based
     * @param column 1-based, in UTF-16 units
     * @param sourceLine the text of that line, for the caret display
     */
    public JsSyntaxError(String file, int line, int column, String sourceLine, String message) {
        this(file, line, column, 1, sourceLine, message);
    }

    /**
     * @param length how many characters node underlines (its caret line covers the whole
     *               offending token: `^^^` under `let`)
     */
    public JsSyntaxError(String file, int line, int column, int length, String sourceLine, String message) {
        super(message, null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
        this.length = Math.max(1, length);
        this.sourceLine = sourceLine;
    }

    /** Number of characters the caret line underlines (at least 1). */
    public int length() {
        return length;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String sourceLine() {
        return sourceLine;
    }
}

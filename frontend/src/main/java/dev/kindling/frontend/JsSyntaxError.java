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

    /**
     * @param line   1-based
     * @param column 1-based, in UTF-16 units
     * @param sourceLine the text of that line, for the caret display
     */
    public JsSyntaxError(String file, int line, int column, String sourceLine, String message) {
        super(message, null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
        this.sourceLine = sourceLine;
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

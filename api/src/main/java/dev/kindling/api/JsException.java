/*
 * A JS exception, or a syntax error, reaching Java: what `node file.js` would report for it,
 * in node's words, plus the thrown value.
 *
 * getMessage() is the line node prints after the source excerpt ("TypeError: Cannot read
 * properties of undefined (reading 'x')"); report() is node's whole uncaught-exception
 * report (file:line, the source line, a caret, the message and the JS stack), exactly what
 * the command line prints on stderr.
 */
package dev.kindling.api;

import dev.kindling.frontend.JsSyntaxError;

public final class JsException extends RuntimeException {
    private final String report;
    private final String jsStack;
    private final transient Object value;
    private final boolean syntaxError;

    JsException(String report, Values.Thrown thrown) {
        super(thrown.message());
        this.report = report;
        this.jsStack = thrown.jsStack();
        this.value = thrown.value();
        this.syntaxError = false;
    }

    private JsException(String message, String report) {
        super(message);
        this.report = report;
        this.jsStack = null;
        this.value = null;
        this.syntaxError = true;
    }

    /** node's layout of a syntax error: file:line, the line, a caret under the token, a blank line, the message. */
    static JsException syntaxError(JsSyntaxError e) {
        // At the end of input node shows the empty line past the last one, with no caret.
        String caret = e.sourceLine().isEmpty() ? "" : " ".repeat(Math.max(0, e.column() - 1)) + "^".repeat(e.length());
        String message = "SyntaxError: " + e.getMessage();
        return new JsException(message, e.file() + ":" + e.line() + "\n"
                + e.sourceLine() + "\n"
                + caret + "\n"
                + "\n"
                + message + "\n");
    }

    /** node's report of this exception, as the command line prints it (ends with a newline). */
    public String report() {
        return report;
    }

    /** The JS stack ("TypeError: msg\n    at f (file.js:2:3)..."): an Error's `stack`; null for other values. */
    public String jsStack() {
        return jsStack;
    }

    /** The thrown JS value, mapped to Java (a JsObject for an Error); null for a syntax error. */
    public Object value() {
        return value;
    }

    /** Whether the source did not parse (then nothing of it ran). */
    public boolean isSyntaxError() {
        return syntaxError;
    }
}

/*
 * A pattern the regexp grammar rejects. The message is V8's reason (regexp-error.h), e.g.
 * "Unterminated group"; format() gives node's whole message for a pattern and its flags.
 */
package dev.kindling.regexp;

public final class RegExpSyntaxError extends RuntimeException {
    public RegExpSyntaxError(String reason) {
        super(reason, null, false, false);
    }

    /** node's words: "Invalid regular expression: /(/g: Unterminated group". */
    public static String format(String source, String flags, String reason) {
        return "Invalid regular expression: /" + source + "/" + flags + ": " + reason;
    }
}

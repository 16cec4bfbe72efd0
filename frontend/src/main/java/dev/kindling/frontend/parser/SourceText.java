/*
 * Where tokens are in the source text, in the units the AST uses, and how to report an error
 * there.
 *
 * ANTLR's CharStreams index text by Unicode code point; Kindling's AST positions are UTF-16
 * offsets, as V8's are (a string with an emoji in it counts the emoji twice). When the text has
 * no supplementary characters the two agree and no table is built; otherwise a table maps each
 * code point index to its UTF-16 offset.
 *
 * Guarantees: offset(t) is the UTF-16 offset of a token's first character; end(t) is the offset
 * just past its last; error(...) makes a JsSyntaxError with node's 1-based line and column and
 * the length node underlines.
 */
package dev.kindling.frontend.parser;

import dev.kindling.frontend.JsSyntaxError;
import dev.kindling.frontend.ast.Source;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

public final class SourceText {
    private final Source source;
    /** codePointIndex -> UTF-16 offset, or null when they are the same. Has one extra entry for the end. */
    private final int[] utf16Offsets;

    public SourceText(Source source) {
        this.source = source;
        String text = source.text();
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            utf16Offsets = null;
        } else {
            utf16Offsets = new int[codePoints + 1];
            int offset = 0;
            for (int i = 0; i < codePoints; i++) {
                utf16Offsets[i] = offset;
                offset += Character.charCount(text.codePointAt(offset));
            }
            utf16Offsets[codePoints] = offset;
        }
    }

    public Source source() {
        return source;
    }

    public int offset(Token token) {
        return toUtf16(token.getStartIndex());
    }

    public int offset(ParserRuleContext ctx) {
        return offset(ctx.getStart());
    }

    /** The offset just past a token (for EOF, the end of the text). */
    public int end(Token token) {
        if (token.getType() == Token.EOF) {
            return source.text().length();
        }
        return toUtf16(token.getStopIndex() + 1);
    }

    private int toUtf16(int codePointIndex) {
        if (codePointIndex < 0) {
            return source.text().length();
        }
        if (utf16Offsets == null) {
            return Math.min(codePointIndex, source.text().length());
        }
        return utf16Offsets[Math.min(codePointIndex, utf16Offsets.length - 1)];
    }

    public JsSyntaxError error(int offset, String message) {
        return error(offset, 1, message);
    }

    /** An error node underlines `length` characters from `offset` (its caret line: `^^^`). */
    public JsSyntaxError error(int offset, int length, String message) {
        int line = source.line(offset);
        return new JsSyntaxError(source.fileName(), line, source.column(offset), length, source.lineText(line), message);
    }

    /** An error at a token, underlining all of it as node does. */
    public JsSyntaxError error(Token token, String message) {
        int start = offset(token);
        return error(start, end(token) - start, message);
    }

    /** An error underlining the source from a rule's first token to its last. */
    public JsSyntaxError error(ParserRuleContext ctx, String message) {
        int start = offset(ctx);
        return error(start, end(ctx.getStop()) - start, message);
    }
}

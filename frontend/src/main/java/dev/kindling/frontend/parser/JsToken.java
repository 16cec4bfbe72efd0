/*
 * A token that knows whether a line break came before it.
 *
 * Automatic semicolon insertion (ECMA-262 §12.10) asks one question about the hidden text
 * between two tokens: did it contain a line terminator? JavaScriptLexerBase answers it once per
 * token and stores the answer here, so the lexer can drop white space, line breaks and comments
 * from the token stream entirely and the parser's predicates stay one field read.
 */
package dev.kindling.frontend.parser;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

public final class JsToken extends CommonToken {
    private boolean newlineBefore;

    JsToken(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop) {
        super(source, type, channel, start, stop);
    }

    /** A copy (for re-parsing a slice of a token stream); keeps the newline bit. */
    JsToken(org.antlr.v4.runtime.Token original) {
        super(original);
        if (original instanceof JsToken js) {
            newlineBefore = js.newlineBefore;
        }
    }

    JsToken(int type, String text) {
        super(type, text);
    }

    /** True when a line terminator (possibly inside a comment) separates this token from the previous one. */
    public boolean newlineBefore() {
        return newlineBefore;
    }

    void setNewlineBefore(boolean value) {
        newlineBefore = value;
    }

    /** Makes JsTokens; the text is read lazily from the char stream, as CommonTokenFactory does. */
    static final TokenFactory<JsToken> FACTORY = new TokenFactory<>() {
        @Override
        public JsToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel,
                              int start, int stop, int line, int charPositionInLine) {
            JsToken token = new JsToken(source, type, channel, start, stop);
            token.setLine(line);
            token.setCharPositionInLine(charPositionInLine);
            if (text != null) {
                token.setText(text);
            }
            return token;
        }

        @Override
        public JsToken create(int type, String text) {
            return new JsToken(type, text);
        }
    };
}

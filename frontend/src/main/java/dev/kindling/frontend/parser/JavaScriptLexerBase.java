/*
 * The superclass of the generated JavaScriptLexer: the few things the lexer grammar cannot say.
 *
 * Assumes: the grammar sends white space to `skip` and line terminators and comments to the
 * hidden channel.
 * Guarantees: nextToken() returns only default-channel tokens (and EOF), each a JsToken marked
 * with whether a line break preceded it; a stray `}` never empties the mode stack.
 */
package dev.kindling.frontend.parser;

import dev.kindling.frontend.grammar.JavaScriptLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

public abstract class JavaScriptLexerBase extends Lexer {

    protected JavaScriptLexerBase(CharStream input) {
        super(input);
        setTokenFactory(JsToken.FACTORY);
    }

    /**
     * Folds the hidden tokens (line breaks, comments) into the next real token's newline bit.
     * This runs once per token, not per character.
     */
    @Override
    public Token nextToken() {
        boolean newline = false;
        while (true) {
            Token token = super.nextToken();
            if (token.getChannel() == Token.DEFAULT_CHANNEL || token.getType() == Token.EOF) {
                ((JsToken) token).setNewlineBefore(newline);
                return token;
            }
            if (token.getType() == JavaScriptLexer.LineTerminator) {
                newline = true;
            } else if (token.getType() == JavaScriptLexer.MultiLineComment && !newline) {
                newline = containsLineTerminator(token.getText());
            }
        }
    }

    /**
     * Every `{` pushes the default mode and every `}` pops, so that the `}` closing a template
     * substitution returns to the template (see JavaScriptLexer.g4). An unbalanced `}` in plain
     * code must not empty the stack: the parser reports it as "Unexpected token '}'".
     */
    @Override
    public int popMode() {
        if (_modeStack.isEmpty()) {
            return _mode;
        }
        return super.popMode();
    }

    protected static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean containsLineTerminator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}

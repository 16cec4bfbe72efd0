/*
 * The superclass of the generated JavaScriptLexer: the few things the lexer grammar cannot say.
 *
 * Assumes: the grammar sends white space to `skip` and line terminators and comments to the
 * hidden channel.
 * Guarantees: nextToken() returns only default-channel tokens (and EOF), each a JsToken marked
 * with whether a line break preceded it; a stray `}` never empties the mode stack; a `/` starts a
 * regular-expression literal exactly where regexAllowed() says so.
 *
 * After `yield` a `/` divides where `yield` is a name and starts a regexp where it is the
 * keyword (`yield /re/`), which only the parser knows for sure (JavaScriptParserBase.
 * inGenerator). The lexer keeps a rough count of the generator bodies it is inside (track): a
 * `*` after `function`, or starting a class or object member (after `{`, `,`, `;`, `}` or
 * `static`), marks a generator head, and the next `{` at the head's parenthesis depth opens its
 * body. It errs only for `yield` as a name nested in such a body (`yield / x` in a sloppy
 * function inside a generator), and after `{} * x`, which it takes for a member's `*`.
 */
package dev.kindling.frontend.parser;

import dev.kindling.frontend.grammar.JavaScriptLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

public abstract class JavaScriptLexerBase extends Lexer {
    /** The type of the last default-channel token returned, for regexAllowed(). */
    private int lastType = Token.INVALID_TYPE;
    /** For each open `{` (and `${`), whether it opened a generator body; and how many of them did. */
    private final java.util.ArrayDeque<Boolean> braces = new java.util.ArrayDeque<>();
    private int generatorBodies;
    /** A generator head was seen at this parenthesis depth, and its body's `{` has not come yet (-1: none). */
    private int generatorHeadParens = -1;
    private int parens;

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
                track(token.getType());
                lastType = token.getType();
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

    /**
     * Whether a `/` here starts a regular-expression literal: not after a token that ends an
     * operand (a name, a literal, `)`, `]`, `}`, `++`), where it divides. The one rule of
     * thumb every JS tokenizer without a parser's help uses; it misreads only `)` and `}` that
     * end a statement head or a block (`if (x) /re/.test(s)`), which Kindling accepts as a
     * division, as the parser then reports.
     */
    protected boolean regexAllowed() {
        if (lastType == JavaScriptLexer.Yield) {
            return generatorBodies > 0;
        }
        return !TokenScan.endsOperand(lastType) && lastType != JavaScriptLexer.RegularExpressionLiteral
                && lastType != JavaScriptLexer.Super && lastType != JavaScriptLexer.PrivateIdentifier
                && lastType != JavaScriptLexer.BigIntLiteral;
    }

    @Override
    public void reset() {
        super.reset();
        lastType = Token.INVALID_TYPE;
        braces.clear();
        generatorBodies = 0;
        generatorHeadParens = -1;
        parens = 0;
    }

    /** Follows generator heads and bodies for regexAllowed (see the header); `type` is the next token's. */
    private void track(int type) {
        switch (type) {
            case JavaScriptLexer.OpenParen -> parens++;
            case JavaScriptLexer.CloseParen -> parens--;
            case JavaScriptLexer.Multiply -> {
                switch (lastType) {
                    case JavaScriptLexer.Function, JavaScriptLexer.OpenBrace, JavaScriptLexer.Comma,
                         JavaScriptLexer.Semicolon, JavaScriptLexer.CloseBrace, JavaScriptLexer.Static ->
                            generatorHeadParens = parens;
                    default -> {
                    }
                }
            }
            case JavaScriptLexer.OpenBrace, JavaScriptLexer.TemplateSubstStart -> {
                boolean body = type == JavaScriptLexer.OpenBrace && generatorHeadParens == parens;
                if (body) {
                    generatorHeadParens = -1;
                    generatorBodies++;
                }
                braces.push(body);
            }
            case JavaScriptLexer.CloseBrace -> {
                if (!braces.isEmpty() && braces.pop()) {
                    generatorBodies--;
                }
            }
            default -> {
            }
        }
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

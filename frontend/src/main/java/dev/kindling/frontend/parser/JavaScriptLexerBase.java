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
    /**
     * For each open `{`, whether it opened a block statement or a function declaration's body,
     * after whose `}` a `/` starts a regexp (a statement may follow: the test262 harness's last
     * function declaration, then a test beginning with `/x/g`); and whether the last `}` did.
     */
    private final java.util.ArrayDeque<Boolean> statementBraces = new java.util.ArrayDeque<>();
    private boolean lastCloseEndedStatement;
    /** A `function` in statement position was seen at this parenthesis depth, its body's `{` not yet (-1: none). */
    private int functionDeclarationParens = -1;
    /** For each open `(`, whether it opened a statement head (`if (`, `for (`, ...); and whether the last `)` closed one. */
    private final java.util.ArrayDeque<Boolean> headParens = new java.util.ArrayDeque<>();
    private boolean lastCloseEndedHead;

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
                if ((token.getType() == JavaScriptLexer.Identifier || token.getType() == JavaScriptLexer.PrivateIdentifier)
                        && !escapesAreIdentifierCharacters(token.getText())) {
                    ((JsToken) token).setType(JavaScriptLexer.UnexpectedCharacter); // node: "Invalid or unexpected token"
                }
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
     * thumb every JS tokenizer without a parser's help uses, refined for `}`: one that closes a
     * block statement or a function declaration's body (told by the tokens before its `{`, see
     * track) ends a statement, so a regexp may follow (`function f() {}` then `/re/`). It
     * misreads a `)` that ends a statement head (`if (x) /re/.test(s)`) and the `}` of a labelled
     * block, taking the `/` for a division, as the parser then reports.
     */
    protected boolean regexAllowed() {
        if (lastType == JavaScriptLexer.Yield) {
            return generatorBodies > 0;
        }
        if (lastType == JavaScriptLexer.CloseBrace && lastCloseEndedStatement) {
            return true;
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
        statementBraces.clear();
        lastCloseEndedStatement = false;
        functionDeclarationParens = -1;
        headParens.clear();
        lastCloseEndedHead = false;
    }

    /** True after a token a block statement's `{` follows: a statement head's `)`, else, do, try, finally. */
    private boolean opensBlockStatement() {
        return switch (lastType) {
            case JavaScriptLexer.Else, JavaScriptLexer.Do, JavaScriptLexer.Try, JavaScriptLexer.Finally -> true;
            case JavaScriptLexer.CloseParen -> lastCloseEndedHead;
            default -> atStatementStart();
        };
    }

    /** True after a token where a statement starts: `;`, `{`, a `}` that ended one, or nothing yet. */
    private boolean atStatementStart() {
        return lastType == Token.INVALID_TYPE || lastType == JavaScriptLexer.Semicolon || lastType == JavaScriptLexer.OpenBrace
                || lastType == JavaScriptLexer.CloseBrace && lastCloseEndedStatement;
    }

    /** Follows generator heads and bodies for regexAllowed (see the header); `type` is the next token's. */
    private void track(int type) {
        switch (type) {
            case JavaScriptLexer.Function -> {
                if (atStatementStart()) {
                    functionDeclarationParens = parens;
                }
            }
            case JavaScriptLexer.OpenBrace, JavaScriptLexer.TemplateSubstStart -> {
                boolean statement = type == JavaScriptLexer.OpenBrace
                        && (functionDeclarationParens == parens || functionDeclarationParens < 0 && opensBlockStatement());
                if (statement && functionDeclarationParens == parens) {
                    functionDeclarationParens = -1;
                }
                statementBraces.push(statement);
            }
            case JavaScriptLexer.CloseBrace -> lastCloseEndedStatement = !statementBraces.isEmpty() && statementBraces.pop();
            case JavaScriptLexer.OpenParen -> headParens.push(switch (lastType) {
                case JavaScriptLexer.If, JavaScriptLexer.For, JavaScriptLexer.While, JavaScriptLexer.With,
                     JavaScriptLexer.Catch, JavaScriptLexer.Switch -> true;
                default -> false;
            });
            case JavaScriptLexer.CloseParen -> lastCloseEndedHead = !headParens.isEmpty() && headParens.pop();
            default -> {
            }
        }
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

    /**
     * True unless a Unicode escape sequence in the name `text` (an identifier, or a private name after its
     * `#`) stands for a character the name could not hold written as itself (ECMA-262 §12.7.1.1
     * early errors): the first must be ID_Start, `$` or `_`; the others ID_Continue, `$`, ZWNJ
     * or ZWJ. The grammar accepts any escape in a name, so an escaped TAB or `#` is caught here.
     * Judged by the JDK's Unicode tables (a character they do not know passes), which may be a
     * version behind the grammar's.
     */
    static boolean escapesAreIdentifierCharacters(String text) {
        int start = text.startsWith("#") ? 1 : 0;
        int i = start;
        while (i < text.length()) {
            if (text.charAt(i) != '\\') {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            boolean braced = text.charAt(i + 2) == '{';
            int end = braced ? text.indexOf('}', i) : i + 6;
            String hex = text.substring(i + (braced ? 3 : 2), end);
            int cp = hex.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(hex, 16);
            if (cp > Character.MAX_CODE_POINT || !isIdentifierCharacter(cp, i == start)) {
                return false;
            }
            i = braced ? end + 1 : end;
        }
        return true;
    }

    private static boolean isIdentifierCharacter(int cp, boolean first) {
        if (cp == '$' || cp == '_' || !Character.isDefined(cp)) {
            return true;
        }
        if (first) {
            return Character.isUnicodeIdentifierStart(cp);
        }
        // Java's identifier parts include the "ignorable" controls and format characters,
        // which ID_Continue does not (except ZWNJ and ZWJ, which JavaScript adds).
        return cp == 0x200C || cp == 0x200D || Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
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

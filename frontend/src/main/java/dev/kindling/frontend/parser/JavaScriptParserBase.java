/*
 * The superclass of the generated JavaScriptParser: the predicates behind automatic semicolon
 * insertion (ECMA-262 §12.10).
 *
 * Assumes: tokens are JsTokens (JavaScriptLexerBase makes them), and each predicate sits at the
 * left edge of a decision, so LT(1) is the token the decision is about even while ANTLR is
 * still predicting (it evaluates predicates with the input rewound to the decision's start).
 * Guarantees: the predicates read only the token stream, never parser state, so SLL and LL
 * prediction agree on them.
 */
package dev.kindling.frontend.parser;

import dev.kindling.frontend.grammar.JavaScriptLexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.TokenStream;

public abstract class JavaScriptParserBase extends Parser {

    protected JavaScriptParserBase(TokenStream input) {
        super(input);
    }

    /** A semicolon may be inserted before the next token: a line break precedes it. */
    protected boolean lineTerminatorAhead() {
        return ((JsToken) _input.LT(1)).newlineBefore();
    }

    /** The restricted productions (`return [no LineTerminator here] x`, `x [no LineTerminator here] ++`). */
    protected boolean noLineTerminatorBefore() {
        return !((JsToken) _input.LT(1)).newlineBefore();
    }

    /** A semicolon may be inserted before a `}`. */
    protected boolean closeBraceAhead() {
        return _input.LA(1) == JavaScriptLexer.CloseBrace;
    }
}

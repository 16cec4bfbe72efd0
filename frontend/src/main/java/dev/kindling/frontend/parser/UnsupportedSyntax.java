/*
 * Recognises syntax outside Kindling's subset (async functions, BigInt, ...) at the token
 * where a parse failed, so the user reads "Unsupported syntax: classes" rather than
 * "Unexpected token 'class'". Each case is a token (and the one before it) that cannot start
 * anything in the subset but starts the named construct in full JavaScript.
 *
 * Assumes: called by SyntaxErrors with the offending token and its neighbours.
 * Guarantees: returns null when the failure is an ordinary syntax error.
 */
package dev.kindling.frontend.parser;

import static dev.kindling.frontend.parser.TokenScan.ancestor;
import static dev.kindling.frontend.parser.TokenScan.matchingOpen;

import dev.kindling.frontend.grammar.JavaScriptLexer;
import dev.kindling.frontend.grammar.JavaScriptParser.*;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

final class UnsupportedSyntax {
    private UnsupportedSyntax() {
    }

    /** "Unsupported syntax: ..." for syntax outside Kindling's subset, recognised by its first tokens. */
    static String unsupported(Token t, Token prev, Token next, ParserRuleContext ctx, TokenStream tokens) {
        int type = t.getType();
        int prevType = prev == null ? Token.INVALID_TYPE : prev.getType();
        boolean sameLine = !((JsToken) t).newlineBefore();
        switch (type) {
            case JavaScriptLexer.Ellipsis:
                return "Unsupported syntax: spread and rest elements";
            case JavaScriptLexer.BigIntLiteral:
                return "Unsupported syntax: BigInt literals";
            case JavaScriptLexer.Super:
                return "'super' keyword unexpected here";
            case JavaScriptLexer.Import:
                if (next.getType() == JavaScriptLexer.OpenParen) {
                    return "Unsupported syntax: dynamic import()";
                }
                return next.getType() == JavaScriptLexer.Dot
                        ? "Cannot use 'import.meta' outside a module" : "Cannot use import statement outside a module";
            case JavaScriptLexer.Arrow:
                if (prevType == JavaScriptLexer.CloseParen && precededByAsync(tokens, prev)) {
                    return "Unsupported syntax: async functions";
                }
                break;
            default:
                break;
        }
        if (prevType == JavaScriptLexer.Async && sameLine && type != JavaScriptLexer.Arrow) {
            return "Unsupported syntax: async functions";
        }
        if (type == JavaScriptLexer.Of && prevType == JavaScriptLexer.Await) {
            return "Unsupported syntax: for await";
        }
        return null;
    }

    /** The token unsupported syntax starts at: `async` for an async function, else the offending token. */
    static Token unsupportedToken(Token t, Token prev, TokenStream tokens) {
        if (t.getType() == JavaScriptLexer.Arrow && prev != null && prev.getType() == JavaScriptLexer.CloseParen) {
            int open = matchingOpen(tokens, prev.getTokenIndex());
            if (open > 0 && tokens.get(open - 1).getType() == JavaScriptLexer.Async) {
                return tokens.get(open - 1);
            }
        }
        if (prev != null && prev.getType() == JavaScriptLexer.Async) {
            return prev;
        }
        return t;
    }

    /** `async (a) =>`: the `(` matching `close` follows `async`. */
    static boolean precededByAsync(TokenStream tokens, Token close) {
        int open = matchingOpen(tokens, close.getTokenIndex());
        return open > 0 && tokens.get(open - 1).getType() == JavaScriptLexer.Async;
    }
}

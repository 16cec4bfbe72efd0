/*
 * Recognises syntax outside Kindling's subset (BigInt, dynamic import, ...) at the token
 * where a parse failed, so the user reads "Unsupported syntax: classes" rather than
 * "Unexpected token 'class'". Each case is a token (and the one before it) that cannot start
 * anything in the subset but starts the named construct in full JavaScript.
 *
 * Assumes: called by SyntaxErrors with the offending token and its neighbours.
 * Guarantees: returns null when the failure is an ordinary syntax error.
 */
package dev.kindling.frontend.parser;


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
            default:
                break;
        }
        return null;
    }
}

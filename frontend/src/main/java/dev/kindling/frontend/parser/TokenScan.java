/*
 * Questions SyntaxErrors asks about the tokens around a parse error: does this token end an
 * operand, which bracket is still open, is this `(` a call's, where does the last argument
 * start. They look at token types only, because after an error the parse tree is incomplete.
 *
 * Assumes: the token stream is completely fetched (SyntaxErrors calls fill() first).
 */
package dev.kindling.frontend.parser;

import dev.kindling.frontend.grammar.JavaScriptLexer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

final class TokenScan {
    private TokenScan() {
    }

    /** The index of the innermost `(`, `[`, `{` or `${` still open at token `last`, or -1. */
    static int innermostOpen(TokenStream tokens, int last) {
        int depth = 0;
        for (int i = last; i >= 0; i--) {
            switch (tokens.get(i).getType()) {
                case JavaScriptLexer.CloseParen, JavaScriptLexer.CloseBracket, JavaScriptLexer.CloseBrace -> depth++;
                case JavaScriptLexer.OpenParen, JavaScriptLexer.OpenBracket, JavaScriptLexer.OpenBrace,
                     JavaScriptLexer.TemplateSubstStart -> {
                    if (depth == 0) {
                        return i;
                    }
                    depth--;
                }
                default -> { }
            }
        }
        return -1;
    }

    /** A `(` that opens a function's parameters: `function (`, `function f (`, or a method `m (` in an object. */
    static boolean isParameterListParen(TokenStream tokens, int open) {
        if (open == 0) {
            return false;
        }
        int before = tokens.get(open - 1).getType();
        return before == JavaScriptLexer.Function
                || (open >= 2 && tokens.get(open - 2).getType() == JavaScriptLexer.Function);
    }

    /** A `(` that opens arguments: it follows an operand (`f(`, `o.m(`, `g()(`), not `if (` or `function f(`. */
    static boolean isCallParen(TokenStream tokens, int open) {
        if (open == 0 || !endsOperand(tokens.get(open - 1).getType())) {
            return false;
        }
        return open < 2 || tokens.get(open - 2).getType() != JavaScriptLexer.Function;
    }

    /** Tokens after which a name must follow, so a `/` there is simply unexpected. */
    static boolean expectsName(int type) {
        return switch (type) {
            case JavaScriptLexer.Var, JavaScriptLexer.Let, JavaScriptLexer.Const, JavaScriptLexer.Function,
                 JavaScriptLexer.Dot, JavaScriptLexer.QuestionDot, JavaScriptLexer.Break, JavaScriptLexer.Continue,
                 JavaScriptLexer.Catch -> true;
            default -> false;
        };
    }

    /** `var x`, `{x:` or `, x:`: a name being declared or a property key, not an expression. */
    static boolean isDeclaredName(TokenStream tokens, int nameIndex) {
        if (nameIndex < 1) {
            return false;
        }
        int before = tokens.get(nameIndex - 1).getType();
        return before == JavaScriptLexer.Var || before == JavaScriptLexer.Let || before == JavaScriptLexer.Const
                || before == JavaScriptLexer.OpenBrace;
    }

    /** Whether a template literal starting at `open` is closed before the end of input. */
    static boolean closes(TokenStream tokens, Token open) {
        int depth = 0;
        for (int i = open.getTokenIndex(); i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == JavaScriptLexer.TemplateOpen) {
                depth++;
            } else if (type == JavaScriptLexer.TemplateClose && --depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** Tokens after which `/` divides and '`' would tag a template. */
    static boolean endsOperand(int type) {
        return switch (type) {
            case JavaScriptLexer.Identifier, JavaScriptLexer.Async, JavaScriptLexer.Await, JavaScriptLexer.Of,
                 JavaScriptLexer.Get, JavaScriptLexer.Set, JavaScriptLexer.Let, JavaScriptLexer.Static,
                 JavaScriptLexer.Yield, JavaScriptLexer.Implements, JavaScriptLexer.Interface,
                 JavaScriptLexer.Package, JavaScriptLexer.Private, JavaScriptLexer.Protected, JavaScriptLexer.Public,
                 JavaScriptLexer.This, JavaScriptLexer.NullLiteral, JavaScriptLexer.BooleanLiteral,
                 JavaScriptLexer.DecimalLiteral, JavaScriptLexer.HexIntegerLiteral, JavaScriptLexer.OctalIntegerLiteral,
                 JavaScriptLexer.BinaryIntegerLiteral, JavaScriptLexer.StringLiteral, JavaScriptLexer.TemplateClose,
                 JavaScriptLexer.CloseParen, JavaScriptLexer.CloseBracket, JavaScriptLexer.CloseBrace,
                 JavaScriptLexer.PlusPlus, JavaScriptLexer.MinusMinus -> true;
            default -> false;
        };
    }

    static int matchingOpen(TokenStream tokens, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            int type = tokens.get(i).getType();
            if (type == JavaScriptLexer.CloseParen) {
                depth++;
            } else if (type == JavaScriptLexer.OpenParen && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The first token of the argument that ends at `last`: just after its top-level comma, or after `open`. */
    static int lastArgumentStart(TokenStream tokens, int open, int last) {
        int depth = 0;
        for (int i = last; i > open; i--) {
            int type = tokens.get(i).getType();
            if (type == JavaScriptLexer.CloseParen || type == JavaScriptLexer.CloseBracket || type == JavaScriptLexer.CloseBrace) {
                depth++;
            } else if (type == JavaScriptLexer.OpenParen || type == JavaScriptLexer.OpenBracket
                    || type == JavaScriptLexer.OpenBrace || type == JavaScriptLexer.TemplateSubstStart) {
                depth--;
            } else if (type == JavaScriptLexer.Comma && depth == 0) {
                return i + 1;
            }
        }
        return open + 1;
    }

    static <T extends ParserRuleContext> T ancestor(RuleContext ctx, Class<T> type) {
        for (RuleContext c = ctx; c != null; c = c.parent) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}

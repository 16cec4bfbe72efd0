/*
 * Node's words for syntax errors. ANTLR describes a failed parse as "mismatched input" or "no
 * viable alternative"; V8 describes the same failure by the token it stopped at ("Unexpected
 * identifier 'x'", "Unexpected end of input") or, in a few contexts, by what was missing
 * ("missing ) after argument list"). This class turns the first RecognitionException of a
 * parse into V8's message at V8's position, and names the syntax Kindling does not support yet
 * (classes, regular expressions, spread, ...) instead of calling it unexpected.
 *
 * Assumes: the exception comes from the LL (second) parse, with the token stream intact.
 * Guarantees: every message is one node prints, or "Unsupported syntax: ..."; ANTLR's own
 * wording never escapes.
 */
package dev.kindling.frontend.parser;

import dev.kindling.frontend.JsSyntaxError;
import dev.kindling.frontend.grammar.JavaScriptLexer;
import dev.kindling.frontend.grammar.JavaScriptParser;
import dev.kindling.frontend.grammar.JavaScriptParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

public final class SyntaxErrors {
    private final SourceText text;
    private final boolean allowNativesSyntax;

    public SyntaxErrors(SourceText text, boolean allowNativesSyntax) {
        this.text = text;
        this.allowNativesSyntax = allowNativesSyntax;
    }

    /** V8's "Unexpected ..." message for a token. */
    public static String unexpectedToken(Token t) {
        return switch (t.getType()) {
            case Token.EOF -> "Unexpected end of input";
            case JavaScriptLexer.UnterminatedString, JavaScriptLexer.UnterminatedComment,
                 JavaScriptLexer.NumberFollowedByIdentifier, JavaScriptLexer.UnexpectedCharacter ->
                    "Invalid or unexpected token";
            case JavaScriptLexer.DecimalLiteral, JavaScriptLexer.HexIntegerLiteral, JavaScriptLexer.OctalIntegerLiteral,
                 JavaScriptLexer.BinaryIntegerLiteral, JavaScriptLexer.BigIntLiteral -> "Unexpected number";
            case JavaScriptLexer.StringLiteral -> "Unexpected string";
            case JavaScriptLexer.TemplateOpen -> "Unexpected template string";
            case JavaScriptLexer.Identifier, JavaScriptLexer.Async, JavaScriptLexer.Await, JavaScriptLexer.Of,
                 JavaScriptLexer.Get, JavaScriptLexer.Set, JavaScriptLexer.Implements, JavaScriptLexer.Interface,
                 JavaScriptLexer.Let, JavaScriptLexer.Package, JavaScriptLexer.Private, JavaScriptLexer.Protected,
                 JavaScriptLexer.Public, JavaScriptLexer.Static, JavaScriptLexer.Yield ->
                    "Unexpected identifier '" + t.getText() + "'";
            default -> "Unexpected token '" + t.getText() + "'";
        };
    }

    /** The JsSyntaxError for the first error of a parse. */
    public JsSyntaxError forException(Parser parser, RecognitionException e) {
        BufferedTokenStream tokens = (BufferedTokenStream) parser.getInputStream();
        tokens.fill();
        Token t = e.getOffendingToken() != null ? e.getOffendingToken() : tokens.LT(1);
        int index = t.getTokenIndex();
        Token prev = index > 0 ? tokens.get(index - 1) : null;
        Token next = index + 1 < tokens.size() ? tokens.get(index + 1) : t;
        ParserRuleContext ctx = e.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();

        String unsupported = unsupported(t, prev, next, ctx, tokens);
        if (unsupported != null) {
            Token at = unsupportedToken(t, prev, tokens);
            return text.error(at, unsupported);
        }
        // `%` where an operand should start is V8's natives syntax, an error without the flag.
        if (!allowNativesSyntax) {
            // The `%` is the previous token, or the one before a name (`%Name` then no `(`).
            for (int i = index - 1; i >= Math.max(0, index - 2); i--) {
                if (tokens.get(i).getType() == JavaScriptLexer.Modulus && (i == 0 || !endsOperand(tokens.get(i - 1).getType()))) {
                    return text.error(tokens.get(i), "Unexpected token '%'");
                }
            }
        }
        // `const x;` or `const x {`: the name is not followed by `=`.
        if (prev != null && index >= 2 && tokens.get(index - 2).getType() == JavaScriptLexer.Const
                && t.getType() != JavaScriptLexer.Assign && endsOperand(prev.getType())) {
            return text.error(prev, "Missing initializer in const declaration");
        }
        // Kindling treats `let` as a keyword everywhere (see `identifier` in the grammar).
        if (t.getType() == JavaScriptLexer.Let && prev != null) {
            if (prev.getType() == JavaScriptLexer.Let || prev.getType() == JavaScriptLexer.Const) {
                return text.error(t, "let is disallowed as a lexically bound name");
            }
            if (inStrictCode(ctx)) {
                return text.error(t, "Unexpected strict mode reserved word");
            }
            if (prev.getType() != JavaScriptLexer.Identifier && !endsOperand(prev.getType())) {
                return text.error(t, "Unsupported syntax: 'let' as an identifier");
            }
        }
        // An unterminated template swallows the rest of the file: node reaches its end first.
        if (t.getType() == JavaScriptLexer.TemplateOpen && !closes(tokens, t)) {
            return text.error(tokens.get(tokens.size() - 1), "Unexpected end of input");
        }
        // `x++ => 1`: only a name or a parenthesized list can stand before `=>`.
        if (t.getType() == JavaScriptLexer.Arrow && !((JsToken) t).newlineBefore() && prev != null
                && endsOperand(prev.getType()) && !isDeclaredName(tokens, index - 1)) {
            return text.error(t, "Malformed arrow function parameter list");
        }
        if (prev != null && prev.getType() != JavaScriptLexer.OpenParen && prev.getType() != JavaScriptLexer.Comma) {
            int open = innermostOpen(tokens, prev.getTokenIndex());
            int openType = open < 0 ? Token.INVALID_TYPE : tokens.get(open).getType();
            // `${ a b }`: the substitution is a complete expression but no `}` follows.
            if (openType == JavaScriptLexer.TemplateSubstStart && parsesAs(tokens, open + 1, prev.getTokenIndex(), true)) {
                int start = text.offset(prev);
                return text.error(start, Math.max(1, text.offset(t) - start), "Missing } in template expression");
            }
            // `f(a b)`: the last argument is complete but neither `,` nor `)` follows.
            if (openType == JavaScriptLexer.OpenParen && isCallParen(tokens, open)
                    && parsesAs(tokens, lastArgumentStart(tokens, open, prev.getTokenIndex()), prev.getTokenIndex(), false)) {
                return lastArgumentToken(tokens, prev);
            }
        }
        if (isErrorToken(t)) {
            // node underlines a whole unterminated string or comment, but one character of a bad one.
            if (t.getType() == JavaScriptLexer.NumberFollowedByIdentifier) {
                return text.error(text.offset(t), numericPrefixLength(t.getText()), unexpectedToken(t));
            }
            boolean whole = t.getType() == JavaScriptLexer.UnterminatedString || t.getType() == JavaScriptLexer.UnterminatedComment;
            return whole ? text.error(t, unexpectedToken(t)) : text.error(text.offset(t), unexpectedToken(t));
        }
        // `()` not followed by `=>`: node stops at the `)`, which cannot close an empty expression.
        if (prev != null && prev.getType() == JavaScriptLexer.CloseParen && index >= 2
                && tokens.get(index - 2).getType() == JavaScriptLexer.OpenParen && t.getType() != JavaScriptLexer.Arrow
                && !isCallParen(tokens, index - 2) && !isParameterListParen(tokens, index - 2)) {
            return text.error(prev, unexpectedToken(prev));
        }
        if (ctx instanceof TryStatementContext && prev != null && prev.getType() == JavaScriptLexer.CloseBrace) {
            return text.error(prev, "Missing catch or finally after try");
        }
        if (t.getType() == Token.EOF) {
            return text.error(t, "Unexpected end of input");
        }
        if (prev != null && prev.getType() == JavaScriptLexer.Function && t.getType() == JavaScriptLexer.OpenParen
                && ancestor(ctx, FunctionExpressionContext.class) == null) {
            return text.error(prev, "Function statements require a function name");   // underlines `function`
        }
        return text.error(t, unexpectedToken(t));
    }

    /** The index of the innermost `(`, `[`, `{` or `${` still open at token `last`, or -1. */
    private static int innermostOpen(TokenStream tokens, int last) {
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

    /** The last token of the last argument, as node underlines it: a whole template, else one token. */
    private JsSyntaxError lastArgumentToken(TokenStream tokens, Token prev) {
        if (prev.getType() == JavaScriptLexer.TemplateClose) {
            int depth = 0;
            for (int i = prev.getTokenIndex(); i >= 0; i--) {
                int type = tokens.get(i).getType();
                if (type == JavaScriptLexer.TemplateClose) {
                    depth++;
                } else if (type == JavaScriptLexer.TemplateOpen && --depth == 0) {
                    int start = text.offset(tokens.get(i));
                    return text.error(start, text.end(prev) - start, "missing ) after argument list");
                }
            }
        }
        return text.error(prev, "missing ) after argument list");
    }

    /** A `(` that opens a function's parameters: `function (`, `function f (`, or a method `m (` in an object. */
    private static boolean isParameterListParen(TokenStream tokens, int open) {
        if (open == 0) {
            return false;
        }
        int before = tokens.get(open - 1).getType();
        return before == JavaScriptLexer.Function
                || (open >= 2 && tokens.get(open - 2).getType() == JavaScriptLexer.Function);
    }

    /** A `(` that opens arguments: it follows an operand (`f(`, `o.m(`, `g()(`), not `if (` or `function f(`. */
    private static boolean isCallParen(TokenStream tokens, int open) {
        if (open == 0 || !endsOperand(tokens.get(open - 1).getType())) {
            return false;
        }
        return open < 2 || tokens.get(open - 2).getType() != JavaScriptLexer.Function;
    }

    /** How much of `3in`, `0x` or `1.toString` node underlines: the number as far as it scanned it. */
    private static int numericPrefixLength(String s) {
        int i = 0;
        if (s.length() > 1 && s.charAt(0) == '0' && "xXoObB".indexOf(s.charAt(1)) >= 0) {
            i = 2;
            while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0) {
                i++;
            }
        } else {
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
        }
        return Math.max(1, i);
    }

    private static boolean isErrorToken(Token t) {
        return switch (t.getType()) {
            case JavaScriptLexer.UnterminatedString, JavaScriptLexer.UnterminatedComment,
                 JavaScriptLexer.NumberFollowedByIdentifier, JavaScriptLexer.UnexpectedCharacter -> true;
            default -> false;
        };
    }

    /** "Unsupported syntax: ..." for syntax outside Kindling's subset, recognised by its first tokens. */
    private String unsupported(Token t, Token prev, Token next, ParserRuleContext ctx, TokenStream tokens) {
        int type = t.getType();
        int prevType = prev == null ? Token.INVALID_TYPE : prev.getType();
        boolean sameLine = !((JsToken) t).newlineBefore();
        switch (type) {
            case JavaScriptLexer.Class:
                return "Unsupported syntax: classes";
            case JavaScriptLexer.Ellipsis:
                return "Unsupported syntax: spread and rest elements";
            case JavaScriptLexer.BigIntLiteral:
                return "Unsupported syntax: BigInt literals";
            case JavaScriptLexer.With:
                return "Unsupported syntax: with statements";
            case JavaScriptLexer.Super:
                return "'super' keyword unexpected here";
            case JavaScriptLexer.Import:
                if (next.getType() == JavaScriptLexer.OpenParen) {
                    return "Unsupported syntax: dynamic import()";
                }
                return next.getType() == JavaScriptLexer.Dot
                        ? "Cannot use 'import.meta' outside a module" : "Cannot use import statement outside a module";
            case JavaScriptLexer.Divide, JavaScriptLexer.DivideAssign:
                if (!endsOperand(prevType) && !expectsName(prevType)) {
                    return "Unsupported syntax: regular expression literals";
                }
                break;
            case JavaScriptLexer.TemplateOpen:
                if (endsOperand(prevType) && closes(tokens, t)) {
                    return "Unsupported syntax: tagged templates";
                }
                break;
            case JavaScriptLexer.OpenBrace, JavaScriptLexer.OpenBracket:
                if (prevType == JavaScriptLexer.Var || prevType == JavaScriptLexer.Let || prevType == JavaScriptLexer.Const
                        || ((prevType == JavaScriptLexer.OpenParen || prevType == JavaScriptLexer.Comma)
                            && (ancestor(ctx, FormalParameterListContext.class) != null
                                || ctx instanceof FunctionDeclarationContext || ctx instanceof FunctionExpressionContext
                                || ctx instanceof CatchClauseContext))) {
                    return "Unsupported syntax: destructuring patterns";
                }
                break;
            case JavaScriptLexer.Dot:
                if (prevType == JavaScriptLexer.New) {
                    return "Unsupported syntax: new.target";
                }
                break;
            case JavaScriptLexer.Multiply:
                if (prevType == JavaScriptLexer.Function || ((prevType == JavaScriptLexer.OpenBrace
                        || prevType == JavaScriptLexer.Comma) && ancestor(ctx, ObjectLiteralContext.class) != null)) {
                    return "Unsupported syntax: generators";
                }
                break;
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
    private static Token unsupportedToken(Token t, Token prev, TokenStream tokens) {
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

    /** Tokens after which a name must follow, so a `/` there is simply unexpected. */
    private static boolean expectsName(int type) {
        return switch (type) {
            case JavaScriptLexer.Var, JavaScriptLexer.Let, JavaScriptLexer.Const, JavaScriptLexer.Function,
                 JavaScriptLexer.Dot, JavaScriptLexer.QuestionDot, JavaScriptLexer.Break, JavaScriptLexer.Continue,
                 JavaScriptLexer.Catch -> true;
            default -> false;
        };
    }

    /** `var x`, `{x:` or `, x:`: a name being declared or a property key, not an expression. */
    private static boolean isDeclaredName(TokenStream tokens, int nameIndex) {
        if (nameIndex < 1) {
            return false;
        }
        int before = tokens.get(nameIndex - 1).getType();
        return before == JavaScriptLexer.Var || before == JavaScriptLexer.Let || before == JavaScriptLexer.Const
                || before == JavaScriptLexer.OpenBrace;
    }

    /** Whether a template literal starting at `open` is closed before the end of input. */
    private static boolean closes(TokenStream tokens, Token open) {
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
    private static boolean endsOperand(int type) {
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

    /** `async (a) =>`: the `(` matching `close` follows `async`. */
    private static boolean precededByAsync(TokenStream tokens, Token close) {
        int open = matchingOpen(tokens, close.getTokenIndex());
        return open > 0 && tokens.get(open - 1).getType() == JavaScriptLexer.Async;
    }

    private static int matchingOpen(TokenStream tokens, int close) {
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
    private static int lastArgumentStart(TokenStream tokens, int open, int last) {
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

    /**
     * Whether tokens[from..to] are exactly one assignment expression (or, for a template
     * substitution, one expression). Used only after a parse has failed, to tell "this
     * argument is finished but not closed" from "this argument is broken".
     */
    private static boolean parsesAs(TokenStream tokens, int from, int to, boolean wholeExpression) {
        if (from > to) {
            return false;
        }
        List<Token> copy = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            copy.add(new JsToken(tokens.get(i)));
        }
        JavaScriptParser parser = new JavaScriptParser(new CommonTokenStream(new ListTokenSource(copy)));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        try {
            if (wholeExpression) {
                parser.expression();
            } else {
                parser.assignmentExpression();
            }
            return parser.getCurrentToken().getType() == Token.EOF;
        } catch (ParseCancellationException | RecognitionException e) {
            return false;
        }
    }

    /** Whether the innermost function (or the program) around ctx has a "use strict" directive. */
    private static boolean inStrictCode(RuleContext ctx) {
        for (RuleContext c = ctx; c != null; c = c.parent) {
            List<StatementContext> body = c instanceof FunctionBodyContext f ? f.statement()
                    : c instanceof ProgramContext p ? p.statement() : null;
            if (body != null && AstBuilder.useStrictDirective(body) != null) {
                return true;
            }
        }
        return false;
    }

    private static <T extends ParserRuleContext> T ancestor(RuleContext ctx, Class<T> type) {
        for (RuleContext c = ctx; c != null; c = c.parent) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}

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

import static dev.kindling.frontend.parser.TokenScan.ancestor;
import static dev.kindling.frontend.parser.TokenScan.closes;
import static dev.kindling.frontend.parser.TokenScan.endsOperand;
import static dev.kindling.frontend.parser.TokenScan.innermostOpen;
import static dev.kindling.frontend.parser.TokenScan.isCallParen;
import static dev.kindling.frontend.parser.TokenScan.isDeclaredName;
import static dev.kindling.frontend.parser.TokenScan.isParameterListParen;
import static dev.kindling.frontend.parser.TokenScan.lastArgumentStart;

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

        String unsupported = UnsupportedSyntax.unsupported(t, prev, next, ctx, tokens);
        if (unsupported != null) {
            return text.error(t, unsupported);
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
        // `yield 1` outside a generator: a name followed by a number, but in strict code the name
        // is the error (node reports the reserved word, as AstBuilder.reference would).
        if (prev != null && prev.getType() == JavaScriptLexer.Yield && inStrictCode(ctx)) {
            return text.error(prev, "Unexpected strict mode reserved word");
        }
        // `await x` where await is a name (outside async functions; Kindling has no modules):
        // a name followed by an operand, which V8 words as the misplaced await it is.
        if (prev != null && prev.getType() == JavaScriptLexer.Await && !((JsToken) t).newlineBefore()) {
            return text.error(prev, "await is only valid in async functions and the top level bodies of modules");
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
                String s = t.getText();
                int prefix = numericPrefixLength(s);
                String separatorError = misplacedSeparator(s, prefix);
                if (separatorError != null) {
                    return text.error(text.offset(t) + prefix + 1, 1, separatorError);
                }
                return text.error(text.offset(t), prefix, unexpectedToken(t));
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

    /** How much of `3in`, `0x` or `1.toString` node underlines: the number as far as it scanned it. */
    private static int numericPrefixLength(String s) {
        int i = 0;
        if (s.length() > 1 && s.charAt(0) == '0' && "xXoObB".indexOf(s.charAt(1)) >= 0) {
            i = 2;
            while (i < s.length() && (Character.digit(s.charAt(i), 16) >= 0 || separatorAt(s, i, 16))) {
                i++;
            }
        } else {
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || separatorAt(s, i, 10))) {
                i++;
            }
        }
        return Math.max(1, i);
    }

    /** A `_` the lexer took as a numeric separator: between two digits of the radix. */
    private static boolean separatorAt(String s, int i, int radix) {
        return s.charAt(i) == '_' && i > 0 && i + 1 < s.length()
                && Character.digit(s.charAt(i - 1), radix) >= 0 && Character.digit(s.charAt(i + 1), radix) >= 0;
    }

    /**
     * V8's words for a `_` after a number's digits that is no separator: a second one in a
     * row (`1__0`), or one with no digit after it (`1_`, `1_a`); null for anything else.
     */
    private static String misplacedSeparator(String s, int prefix) {
        if (prefix >= s.length() || s.charAt(prefix) != '_' || !Character.isLetterOrDigit(s.charAt(prefix - 1))
                || "xXoObB".indexOf(s.charAt(prefix - 1)) >= 0 && prefix == 2) {
            return null;
        }
        return prefix + 1 < s.length() && s.charAt(prefix + 1) == '_'
                ? "Only one underscore is allowed as numeric separator"
                : "Numeric separators are not allowed at the end of numeric literals";
    }

    private static boolean isErrorToken(Token t) {
        return switch (t.getType()) {
            case JavaScriptLexer.UnterminatedString, JavaScriptLexer.UnterminatedComment,
                 JavaScriptLexer.NumberFollowedByIdentifier, JavaScriptLexer.UnexpectedCharacter -> true;
            default -> false;
        };
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

}

/*
 * The front door of the frontend: source text in, Program AST out, or a JsSyntaxError in
 * node's words.
 *
 * Parsing is on every run's start-up path, so it runs in two stages, as ANTLR's authors
 * recommend: first with SLL prediction (no full-context lookahead) and a strategy that bails
 * at the first error; that is enough for every valid program of this grammar and is the fast
 * path. Only when it fails is the same token stream parsed again with full LL prediction and
 * NodeErrorStrategy, which finds the real error and reports it as node would. Then AstBuilder
 * turns the parse tree into records and checks the early errors.
 *
 * Guarantees: parse() either returns a complete Program or throws JsSyntaxError; no ANTLR
 * message and no Java exception other than JsSyntaxError leaves it for any input.
 */
package dev.kindling.frontend;

import dev.kindling.frontend.ast.Program;
import dev.kindling.frontend.ast.Source;
import dev.kindling.frontend.grammar.JavaScriptLexer;
import dev.kindling.frontend.grammar.JavaScriptParser;
import dev.kindling.frontend.parser.AstBuilder;
import dev.kindling.frontend.parser.FurthestErrorSimulator;
import dev.kindling.frontend.parser.NodeErrorStrategy;
import dev.kindling.frontend.parser.SourceText;
import dev.kindling.frontend.parser.SyntaxErrors;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

public final class Parser {
    private Parser() {
    }

    public static Program parse(String sourceText, String fileName) {
        return parse(sourceText, fileName, false);
    }

    /**
     * @param allowNativesSyntax accept V8's `%Name(args)` intrinsic calls (--allow-natives-syntax)
     */
    public static Program parse(String sourceText, String fileName, boolean allowNativesSyntax) {
        return parse(sourceText, fileName, allowNativesSyntax, false);
    }

    /**
     * @param strict parse the whole text as strict code, as if it began with "use strict" (the
     *               source of a direct eval called from strict code, ECMA-262 §19.2.1.1 step 5)
     */
    public static Program parse(String sourceText, String fileName, boolean allowNativesSyntax, boolean strict) {
        return parse(sourceText, fileName, allowNativesSyntax, strict, null);
    }

    /**
     * What direct eval code may use because of where it is called (ECMA-262 §19.2.1.1
     * PerformEval steps 5-7, and ScopeAnalyzer.evalSite which tells them from the call site's
     * scope): `super.x` inside a method (superProperty, with the static home object in a
     * static member), and whether a field initializer or static block forbids `arguments`.
     */
    public record EvalSite(boolean superProperty, boolean staticHome, boolean fieldInitializer) {
        public static final EvalSite NONE = new EvalSite(false, false, false);
    }

    /** As parse(text, fileName, natives, strict), for direct eval code called at `site` (null: none). */
    public static Program parse(String sourceText, String fileName, boolean allowNativesSyntax, boolean strict,
                                EvalSite site) {
        SourceText text = new SourceText(new Source(fileName, sourceText));
        JavaScriptLexer lexer = new JavaScriptLexer(CharStreams.fromString(withoutHashbang(sourceText), fileName));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        JavaScriptParser parser = new JavaScriptParser(tokens);
        parser.removeErrorListeners();

        JavaScriptParser.ProgramContext tree;
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            tree = parser.program();
        } catch (ParseCancellationException slowPath) {
            parser.reset();
            parser.setInterpreter(new FurthestErrorSimulator(parser, parser.getInterpreter()));
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new NodeErrorStrategy(new SyntaxErrors(text, allowNativesSyntax)));
            tree = parser.program();
        }
        return new AstBuilder(text, allowNativesSyntax, strict, site).build(tree);
    }

    /**
     * True if the parameter text given to the Function constructor closes the parameter list
     * itself (a `)` that no `(` of its own opened, as in `Function("a) { ... }; (", "")`):
     * V8 then reports "Arg string terminates parameters early" rather than parse a function
     * whose body is not the body given.
     */
    public static boolean closesParameterListEarly(String parameters) {
        JavaScriptLexer lexer = new JavaScriptLexer(CharStreams.fromString(parameters));
        lexer.removeErrorListeners();
        int depth = 0;
        try {
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF;
                 t = lexer.nextToken()) {
                if (t.getType() == JavaScriptLexer.OpenParen) {
                    depth++;
                } else if (t.getType() == JavaScriptLexer.CloseParen && --depth < 0) {
                    return true;
                }
            }
        } catch (RuntimeException lexerError) {
            return false; // an unterminated comment or string: the parse reports it in node's words
        }
        return false;
    }

    /**
     * A `#!` line at the very start of a file is a comment (node strips it). It is blanked out
     * here rather than lexed, because a lexer rule that matches only at offset 0 needs a
     * predicate at the start of every token, which stops ANTLR from caching the lexer's DFA and
     * makes lexing many times slower. Blanking keeps every offset unchanged.
     */
    private static String withoutHashbang(String source) {
        if (!source.startsWith("#!")) {
            return source;
        }
        int end = 0;
        while (end < source.length() && "\r\n\u2028\u2029".indexOf(source.charAt(end)) < 0) {
            end++;
        }
        return " ".repeat(end) + source.substring(end);
    }
}

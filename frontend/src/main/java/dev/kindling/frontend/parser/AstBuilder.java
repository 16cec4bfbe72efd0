/*
 * Turns a JavaScriptParser parse tree into Kindling's AST (dev.kindling.frontend.ast), and
 * reports the early errors (ECMA-262 "Static Semantics: Early Errors") that need more context
 * than the grammar has: strict mode, assignment targets, labels, escapes.
 *
 * The work is split by node family, each builder a visitor with one method per kind of node:
 * StatementBuilder, ExpressionBuilder, FunctionBuilder, ObjectLiteralBuilder. This class holds what they share: the
 * source text, the current FunctionScope (strictness, labels), the function-literal counter,
 * and the rules about names.
 *
 * Assumes: the parse tree came from a successful parse (no error nodes).
 * Guarantees: the AST is built in source order, so function literals are numbered in the order
 * their text starts (1, 2, ...; 0 is the program). The first early error in that order is
 * thrown as a JsSyntaxError in node's words; the AST is returned only when there is none.
 */
package dev.kindling.frontend.parser;

import dev.kindling.frontend.JsSyntaxError;
import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Program;
import dev.kindling.frontend.ast.Statement;
import dev.kindling.frontend.grammar.JavaScriptLexer;
import dev.kindling.frontend.grammar.JavaScriptParser.ExpressionStatementContext;
import dev.kindling.frontend.grammar.JavaScriptParser.IdentifierContext;
import dev.kindling.frontend.grammar.JavaScriptParser.ProgramContext;
import dev.kindling.frontend.grammar.JavaScriptParser.StatementContext;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

public final class AstBuilder {
    final SourceText text;
    final Literals literals;
    final boolean allowNativesSyntax;
    final StatementBuilder statements;
    final ExpressionBuilder expressions;
    final FunctionBuilder functions;
    final ObjectLiteralBuilder objects;
    final PatternBuilder patterns;
    final ClassBuilder classes;
    /** The function whose body is being built. */
    FunctionScope scope;
    /** What `super` may do in the class member about to be built (ClassBuilder sets it). */
    FunctionScope.SuperContext memberSuperContext = FunctionScope.SuperContext.NONE;
    private int nextFunctionId = 1;
    /** The program is strict code whatever its directives say (eval code of a strict caller). */
    private final boolean inheritedStrict;
    private final dev.kindling.frontend.Parser.EvalSite evalSite;

    public AstBuilder(SourceText text, boolean allowNativesSyntax) {
        this(text, allowNativesSyntax, false);
    }

    public AstBuilder(SourceText text, boolean allowNativesSyntax, boolean inheritedStrict) {
        this(text, allowNativesSyntax, inheritedStrict, null);
    }

    /** evalSite: for direct eval code, what its call site allows (see Parser.EvalSite); else null. */
    public AstBuilder(SourceText text, boolean allowNativesSyntax, boolean inheritedStrict,
                      dev.kindling.frontend.Parser.EvalSite evalSite) {
        this.evalSite = evalSite;
        this.text = text;
        this.inheritedStrict = inheritedStrict;
        this.literals = new Literals(text);
        this.allowNativesSyntax = allowNativesSyntax;
        this.statements = new StatementBuilder(this);
        this.expressions = new ExpressionBuilder(this);
        this.functions = new FunctionBuilder(this);
        this.objects = new ObjectLiteralBuilder(this);
        this.patterns = new PatternBuilder(this);
        this.classes = new ClassBuilder(this);
    }

    public Program build(ProgramContext ctx) {
        boolean strict = inheritedStrict || useStrictDirective(ctx.statement()) != null;
        scope = new FunctionScope(null, strict);
        if (evalSite != null && evalSite.superProperty()) {
            scope.superContext = new FunctionScope.SuperContext(true, evalSite.staticHome(), false, false);
        }
        List<Statement> body = statements.list(ctx.statement());
        if (evalSite != null && evalSite.fieldInitializer()) {
            classes.checkNoArguments(body); // eval code in a field initializer (PerformEval step 7)
        }
        expressions.barePrivateNames.stream().min(java.util.Comparator.comparingInt(Expression::pos)).ifPresent(e -> {
            String name = ((Expression.Identifier) e).name();
            throw error(e.pos(), name.length(), "Unexpected identifier '" + name + "'");
        });
        return new Program(0, text.source(), body, strict);
    }

    /** The super context for a non-arrow function being built: a class member's, else none. */
    FunctionScope.SuperContext takeMemberSuperContext() {
        FunctionScope.SuperContext c = memberSuperContext;
        memberSuperContext = FunctionScope.SuperContext.NONE;
        return c;
    }

    int nextFunctionId() {
        return nextFunctionId++;
    }

    boolean strict() {
        return scope.strict;
    }

    JsSyntaxError error(int offset, String message) {
        return text.error(offset, message);
    }

    JsSyntaxError error(int offset, int length, String message) {
        return text.error(offset, length, message);
    }

    JsSyntaxError error(Token token, String message) {
        return text.error(token, message);
    }

    JsSyntaxError error(ParserRuleContext ctx, String message) {
        return text.error(ctx, message);
    }

    /**
     * The "use strict" directive in a directive prologue (§11.2.1), or null. The prologue is the
     * run of leading expression statements that are a lone string literal; only the exact text
     * 'use strict' or "use strict" (no escapes) counts.
     */
    static Token useStrictDirective(List<StatementContext> body) {
        for (StatementContext statement : body) {
            ExpressionStatementContext es = statement.expressionStatement();
            if (es == null) {
                return null;
            }
            Token first = es.statementExpression().getStart();
            if (first != es.statementExpression().getStop() || first.getType() != JavaScriptLexer.StringLiteral) {
                return null;
            }
            String raw = first.getText();
            if (raw.substring(1, raw.length() - 1).equals("use strict")) {
                return first;
            }
        }
        return null;
    }

    // ---- names --------------------------------------------------------------------------------

    /** ECMA-262 §12.7.2 ReservedWord: never an identifier, however it is spelled. */
    private static final java.util.Set<String> RESERVED_WORDS = java.util.Set.of(
            "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
            "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import",
            "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
            "typeof", "var", "void", "while", "with", "yield");
    /** The words strict code reserves besides (§12.7.2, §13.1.1). */
    private static final java.util.Set<String> STRICT_RESERVED_WORDS = java.util.Set.of(
            "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield");

    /** An identifier used as a reference or a label: checks the strict-mode reserved words. */
    Expression.Identifier reference(IdentifierContext ctx) {
        Token token = ctx.getStart();
        if (token.getText().indexOf('\\') >= 0) {
            // `var v\u0061r`: the lexer took an escaped reserved word as a name (§12.7.1.1)
            String name = literals.identifier(token);
            // await is a name outside async functions and modules (Kindling has no modules),
            // yield outside strict code and generators
            boolean contextual = name.equals("await") && !scope.async
                    || name.equals("yield") && !scope.strict && !scope.generator;
            if (RESERVED_WORDS.contains(name) && !contextual || scope.strict && STRICT_RESERVED_WORDS.contains(name)) {
                throw error(token, "Keyword must not contain escaped characters");
            }
        }
        if (scope.strict && isStrictReservedWord(token.getType())) {
            throw error(token, "Unexpected strict mode reserved word");
        }
        if (scope.generator && token.getType() == JavaScriptLexer.Yield) {
            throw error(token, "Unexpected identifier 'yield'");
        }
        if (scope.async && token.getType() == JavaScriptLexer.Await) {
            throw error(token, "Unexpected reserved word"); // V8's words for await as a name in async code
        }
        return new Expression.Identifier(text.offset(token), literals.identifier(token));
    }

    /** An identifier being bound (var, let, const, parameter, function or catch name). */
    Expression.Identifier binding(IdentifierContext ctx) {
        Expression.Identifier id = reference(ctx);
        checkEvalOrArguments(id);
        return id;
    }

    /** §13.1.1: in strict code `eval` and `arguments` cannot be bound or assigned. */
    void checkEvalOrArguments(Expression.Identifier id) {
        if (scope.strict && (id.name().equals("eval") || id.name().equals("arguments"))) {
            throw error(id.pos(), id.name().length(), "Unexpected eval or arguments in strict mode");
        }
    }

    /** §12.7.2: implements, interface, let, package, private, protected, public, static, yield. */
    static boolean isStrictReservedWord(int tokenType) {
        return switch (tokenType) {
            case JavaScriptLexer.Implements, JavaScriptLexer.Interface, JavaScriptLexer.Let,
                 JavaScriptLexer.Package, JavaScriptLexer.Private, JavaScriptLexer.Protected,
                 JavaScriptLexer.Public, JavaScriptLexer.Static, JavaScriptLexer.Yield -> true;
            default -> false;
        };
    }
}

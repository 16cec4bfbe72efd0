/*
 * Builds Statement nodes (ECMA-262 §14), one visit method per kind of statement, and reports
 * the early errors that belong to statements: break and continue targets and labels (§14.8,
 * §14.9, §14.13), `const` without an initializer, `let` as a lexical name, a second `default`,
 * a line break after `throw`, and invalid for-in/of targets.
 *
 * Assumes: AstBuilder.scope is the enclosing function's scope; its label list and loop depths
 * describe the statements around the one being built.
 * Guarantees: every Statement's pos is its first token (V8's `S>` mark); loops and switches
 * update the scope's depths only while their bodies are built.
 */
package dev.kindling.frontend.parser;

import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Pattern;
import dev.kindling.frontend.ast.Statement;
import dev.kindling.frontend.ast.Statement.VarKind;
import dev.kindling.frontend.ast.Statement.VariableDeclarator;
import dev.kindling.frontend.grammar.JavaScriptLexer;
import dev.kindling.frontend.grammar.JavaScriptParser.*;
import dev.kindling.frontend.grammar.JavaScriptParserBaseVisitor;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

final class StatementBuilder extends JavaScriptParserBaseVisitor<Statement> {
    private final AstBuilder b;

    StatementBuilder(AstBuilder builder) {
        this.b = builder;
    }

    private int pos(ParserRuleContext ctx) {
        return b.text.offset(ctx);
    }

    List<Statement> list(List<StatementContext> statements) {
        List<Statement> result = new ArrayList<>(statements.size());
        for (StatementContext s : statements) {
            result.add(visit(s));
        }
        return result;
    }

    @Override
    public Statement visitStatement(StatementContext ctx) {
        Statement s = visit(ctx.getChild(0));
        b.patterns.checkNoPendingErrors(); // a `{a = 1}` the statement did not use as a pattern
        return s;
    }

    @Override
    public Statement visitBlock(BlockContext ctx) {
        return block(ctx);
    }

    private Statement.Block block(BlockContext ctx) {
        return new Statement.Block(pos(ctx), list(ctx.statement()));
    }

    @Override
    public Statement visitEmptyStatement(EmptyStatementContext ctx) {
        return new Statement.Empty(pos(ctx));
    }

    @Override
    public Statement visitExpressionStatement(ExpressionStatementContext ctx) {
        return new Statement.ExpressionStatement(pos(ctx), b.expressions.statementExpression(ctx.statementExpression()));
    }

    @Override
    public Statement visitDebuggerStatement(DebuggerStatementContext ctx) {
        return new Statement.Debugger(pos(ctx));
    }

    @Override
    public Statement visitFunctionDeclaration(FunctionDeclarationContext ctx) {
        return new Statement.FunctionDeclaration(pos(ctx), b.functions.declaration(ctx));
    }

    @Override
    public Statement visitClassDeclaration(ClassDeclarationContext ctx) {
        return new Statement.ClassDeclaration(pos(ctx), b.classes.declaration(ctx));
    }

    // ---- declarations ---------------------------------------------------------------------

    @Override
    public Statement visitVariableStatement(VariableStatementContext ctx) {
        return declarations(ctx.variableDeclarationList());
    }

    private Statement.VariableDeclaration declarations(VariableDeclarationListContext ctx) {
        VarKind kind = varKind(ctx.varModifier());
        List<VariableDeclarator> declarators = new ArrayList<>();
        for (VariableDeclarationContext d : ctx.variableDeclaration()) {
            Pattern target = binding(kind, d.bindingTarget());
            Expression init = null;
            if (d.assignmentExpression() != null) {
                init = target instanceof Expression.Identifier id
                        ? b.expressions.namedAssignment(d.assignmentExpression(), id.name())
                        : b.expressions.assignment(d.assignmentExpression());
            } else if (!(target instanceof Expression.Identifier)) {
                throw b.error(d.bindingTarget(), "Missing initializer in destructuring declaration");
            } else if (kind == VarKind.CONST) {
                throw b.error(d.bindingTarget(), "Missing initializer in const declaration");
            }
            declarators.add(new VariableDeclarator(target.pos(), target, init));
        }
        return new Statement.VariableDeclaration(pos(ctx), kind, declarators);
    }

    private Pattern binding(VarKind kind, BindingTargetContext ctx) {
        if (kind != VarKind.VAR && ctx.getStart().getType() == JavaScriptLexer.Let) {
            throw b.error(ctx.getStart(), "let is disallowed as a lexically bound name");
        }
        return b.patterns.binding(ctx);
    }

    private static VarKind varKind(VarModifierContext ctx) {
        return switch (ctx.getStart().getType()) {
            case JavaScriptLexer.Let -> VarKind.LET;
            case JavaScriptLexer.Const -> VarKind.CONST;
            default -> VarKind.VAR;
        };
    }

    // ---- control flow ---------------------------------------------------------------------

    /**
     * The body of an if, a loop or a label is a single statement, not a declaration (§14.6.1,
     * §14.7.1.1, Annex B.3.2 and B.3.3 for the sloppy-mode functions node still accepts).
     */
    private Statement singleStatement(StatementContext ctx, boolean loopBody, boolean labelBody) {
        VariableStatementContext variable = ctx.variableStatement();
        if (variable != null) {
            Token kind = variable.getStart();
            if (kind.getType() == JavaScriptLexer.Let) {
                throw b.error(kind, "Lexical declaration cannot appear in a single-statement context");
            }
            if (kind.getType() == JavaScriptLexer.Const) {
                throw b.error(kind, "Unexpected token 'const'");
            }
        }
        if (ctx.classDeclaration() != null) {
            throw b.error(ctx.getStart(), "Unexpected token 'class'");
        }
        StatementContext labelled = ctx;
        while (labelled.labeledStatement() != null) {
            labelled = labelled.labeledStatement().statement();
        }
        if (labelled != ctx && labelled.functionDeclaration() != null && !labelBody) {
            // IsLabelledFunction (ECMA-262 §14.6.1, §14.7.1.1): Annex B lets `l: function f(){}`
            // stand where a statement list allows it, never as the body of an if or a loop.
            throw b.error(labelled.getStart(), b.strict()
                    ? "In strict mode code, functions can only be declared at top level or inside a block."
                    : "In non-strict mode code, functions can only be declared at top level, "
                            + "inside a block, or as the body of an if statement.");
        }
        if (ctx.functionDeclaration() != null) {
            if (b.strict()) {
                throw b.error(ctx.getStart(), "In strict mode code, functions can only be declared at top level or inside a block.");
            }
            if (loopBody) {
                throw b.error(ctx.getStart(), "In non-strict mode code, functions can only be declared at top level, "
                        + "inside a block, or as the body of an if statement.");
            }
        }
        return visit(ctx);
    }

    /** Annex B.3.4: `if (x) function f() {}` is evaluated as `if (x) { function f() {} }`. */
    private static Statement ifClause(Statement clause) {
        return clause instanceof Statement.FunctionDeclaration f ? new Statement.Block(f.pos(), List.of(f)) : clause;
    }

    @Override
    public Statement visitIfStatement(IfStatementContext ctx) {
        Expression test = b.expressions.expression(ctx.expression());
        Statement consequent = ifClause(singleStatement(ctx.statement(0), false, false));
        Statement alternate = ctx.Else() == null ? null : ifClause(singleStatement(ctx.statement(1), false, false));
        return new Statement.If(pos(ctx), test, consequent, alternate);
    }

    /**
     * `with (o) body`: an early error in strict code (§14.11.1); its body is a single
     * statement, and no function declaration even in sloppy code (node words it as for a loop).
     */
    @Override
    public Statement visitWithStatement(WithStatementContext ctx) {
        if (b.strict()) {
            throw b.error(ctx.getStart(), "Strict mode code may not include a with statement");
        }
        Expression object = b.expressions.expression(ctx.expression());
        return new Statement.With(pos(ctx), object, singleStatement(ctx.statement(), true, false));
    }

    @Override
    public Statement visitDoWhileStatement(DoWhileStatementContext ctx) {
        Statement body = loopBody(ctx.statement());
        return new Statement.DoWhile(pos(ctx), body, b.expressions.expression(ctx.expression()));
    }

    @Override
    public Statement visitWhileStatement(WhileStatementContext ctx) {
        Expression test = b.expressions.expression(ctx.expression());
        return new Statement.While(pos(ctx), test, loopBody(ctx.statement()));
    }

    @Override
    public Statement visitForLoop(ForLoopContext ctx) {
        Statement init = null;
        ForInitContext forInit = ctx.forInit();
        if (forInit != null) {
            init = forInit.variableDeclarationList() != null
                    ? declarations(forInit.variableDeclarationList())
                    : new Statement.ExpressionStatement(pos(forInit), b.expressions.expression(forInit.expression()));
        }
        // The two optional expressions are told apart by which `;` they follow.
        Expression test = null;
        Expression update = null;
        int semicolons = 0;
        for (var child : ctx.children) {
            if (child instanceof org.antlr.v4.runtime.tree.TerminalNode t && t.getSymbol().getType() == JavaScriptLexer.Semicolon) {
                semicolons++;
            } else if (child instanceof ExpressionContext e) {
                if (semicolons == 1) {
                    test = b.expressions.expression(e);
                } else {
                    update = b.expressions.expression(e);
                }
            }
        }
        return new Statement.For(pos(ctx), init, test, update, loopBody(ctx.statement()));
    }

    @Override
    public Statement visitForInLoop(ForInLoopContext ctx) {
        Statement left = forInOfLeft(ctx.forInOfLeft());
        Expression right = b.expressions.expression(ctx.expression());
        return new Statement.ForIn(pos(ctx), left, right, loopBody(ctx.statement()));
    }

    @Override
    public Statement visitForOfLoop(ForOfLoopContext ctx) {
        Statement left = forInOfLeft(ctx.forInOfLeft());
        Expression right = b.expressions.assignment(ctx.assignmentExpression());
        return new Statement.ForOf(pos(ctx), left, right, loopBody(ctx.statement()), false);
    }

    /** `for await (... of ...)`: only in an async function (elsewhere node calls `await` a reserved word). */
    @Override
    public Statement visitForAwaitOfLoop(ForAwaitOfLoopContext ctx) {
        if (!b.scope.async) {
            throw b.error(ctx.Await().getSymbol(), "Unexpected reserved word");
        }
        Statement left = forInOfLeft(ctx.forInOfLeft());
        Expression right = b.expressions.assignment(ctx.assignmentExpression());
        return new Statement.ForOf(pos(ctx), left, right, loopBody(ctx.statement()), true);
    }

    /** `var x` / `let x` / `const x` (x a name or a pattern), or an assignment target or pattern. */
    private Statement forInOfLeft(ForInOfLeftContext ctx) {
        if (ctx.varModifier() != null) {
            VarKind kind = varKind(ctx.varModifier());
            Pattern target = binding(kind, ctx.bindingTarget());
            return new Statement.VariableDeclaration(pos(ctx), kind,
                    List.of(new VariableDeclarator(target.pos(), target, null)));
        }
        Expression target = b.expressions.leftHandSide(ctx.leftHandSideExpression());
        if ((target instanceof Expression.ObjectLiteral || target instanceof Expression.ArrayLiteral)
                && !b.patterns.isParenthesized(target)) {
            target = (Expression) b.patterns.assignmentPattern(target);
        } else {
            b.expressions.checkTarget(target, ctx, "Invalid left-hand side in for-loop", true);
        }
        return new Statement.ExpressionStatement(pos(ctx), target);
    }

    private Statement loopBody(StatementContext body) {
        FunctionScope scope = b.scope;
        scope.breakableDepth++;
        scope.iterationDepth++;
        try {
            return singleStatement(body, true, false);
        } finally {
            scope.breakableDepth--;
            scope.iterationDepth--;
        }
    }

    @Override
    public Statement visitSwitchStatement(SwitchStatementContext ctx) {
        Expression discriminant = b.expressions.expression(ctx.expression());
        List<Statement.SwitchCase> cases = new ArrayList<>();
        boolean sawDefault = false;
        b.scope.breakableDepth++;
        try {
            for (CaseClauseContext c : ctx.caseClause()) {
                if (c.Default() != null) {
                    if (sawDefault) {
                        throw b.error(c.Default().getSymbol(), "More than one default clause in switch statement");
                    }
                    sawDefault = true;
                }
                Expression test = c.expression() == null ? null : b.expressions.expression(c.expression());
                cases.add(new Statement.SwitchCase(pos(c), test, list(c.statement())));
            }
        } finally {
            b.scope.breakableDepth--;
        }
        return new Statement.Switch(pos(ctx), discriminant, cases);
    }

    @Override
    public Statement visitLabeledStatement(LabeledStatementContext ctx) {
        Expression.Identifier label = b.reference(ctx.identifier());
        if (b.scope.findLabel(label.name()) != null) {
            throw b.error(ctx.identifier(), "Label '" + label.name() + "' has already been declared");
        }
        b.scope.labels.add(new FunctionScope.Label(label.name(), labelsIteration(ctx.statement())));
        try {
            return new Statement.Labeled(pos(ctx), label.name(), singleStatement(ctx.statement(), false, true));
        } finally {
            b.scope.labels.remove(b.scope.labels.size() - 1);
        }
    }

    /** `a: b: while (...)`: both labels name the loop, so both are continue targets. */
    private static boolean labelsIteration(StatementContext s) {
        while (s.labeledStatement() != null) {
            s = s.labeledStatement().statement();
        }
        return s.doWhileStatement() != null || s.whileStatement() != null || s.forStatement() != null;
    }

    @Override
    public Statement visitBreakStatement(BreakStatementContext ctx) {
        if (ctx.identifier() == null) {
            if (b.scope.breakableDepth == 0) {
                throw b.error(ctx.Break().getSymbol(), "Illegal break statement");
            }
            return new Statement.Break(pos(ctx), null);
        }
        Expression.Identifier label = b.reference(ctx.identifier());
        if (b.scope.findLabel(label.name()) == null) {
            throw b.error(ctx.identifier(), "Undefined label '" + label.name() + "'");
        }
        return new Statement.Break(pos(ctx), label.name());
    }

    @Override
    public Statement visitContinueStatement(ContinueStatementContext ctx) {
        if (ctx.identifier() == null) {
            if (b.scope.iterationDepth == 0) {
                throw b.error(ctx.Continue().getSymbol(), "Illegal continue statement: no surrounding iteration statement");
            }
            return new Statement.Continue(pos(ctx), null);
        }
        Expression.Identifier label = b.reference(ctx.identifier());
        FunctionScope.Label target = b.scope.findLabel(label.name());
        if (target == null) {
            throw b.error(ctx.identifier(), "Undefined label '" + label.name() + "'");
        }
        if (!target.iteration()) {
            throw b.error(ctx.identifier(), "Illegal continue statement: '" + label.name()
                    + "' does not denote an iteration statement");
        }
        return new Statement.Continue(pos(ctx), label.name());
    }

    /** Top-level return is allowed: a file is the body of the CommonJS module wrapper function. */
    @Override
    public Statement visitReturnStatement(ReturnStatementContext ctx) {
        Expression argument = ctx.expression() == null ? null : b.expressions.expression(ctx.expression());
        return new Statement.Return(pos(ctx), argument, b.text.end(ctx.getStop()));
    }

    @Override
    public Statement visitThrowStatement(ThrowStatementContext ctx) {
        if (ctx.expression() == null) {
            // The grammar stopped at a line break (or at a token that cannot start an expression).
            Token next = ctx.eos().getStart();
            if (next == null || ((JsToken) next).newlineBefore() || next.getType() == Token.EOF) {
                throw b.error(ctx.Throw().getSymbol(), "Illegal newline after throw");
            }
            throw b.error(next, SyntaxErrors.unexpectedToken(next));
        }
        return new Statement.Throw(pos(ctx), b.expressions.expression(ctx.expression()));
    }

    @Override
    public Statement visitTryStatement(TryStatementContext ctx) {
        Statement.Block block = block(ctx.block());
        Statement.CatchClause handler = null;
        CatchClauseContext c = ctx.catchClause();
        if (c != null) {
            Pattern param = c.bindingTarget() == null ? null : b.patterns.binding(c.bindingTarget());
            handler = new Statement.CatchClause(pos(c), param, block(c.block()));
        }
        Statement.Block finalizer = ctx.finallyClause() == null ? null : block(ctx.finallyClause().block());
        return new Statement.Try(pos(ctx), block, handler, finalizer);
    }
}

/*
 * Statement nodes, one record per kind, named as in ESTree. pos is the statement's start:
 * the offset V8 marks with `S>` in --print-bytecode.
 */
package dev.kindling.frontend.ast;

import java.util.List;

public sealed interface Statement extends Node {

    enum VarKind { VAR, LET, CONST }

    /** `var|let|const a = 1, b`. */
    record VariableDeclaration(int pos, VarKind kind, List<VariableDeclarator> declarations) implements Statement {}

    /** One `target = init` of a declaration; init is null when absent. */
    record VariableDeclarator(int pos, Pattern target, Expression init) implements Node {}

    /** `function name(...) {...}` as a statement; hoisted with its value. */
    record FunctionDeclaration(int pos, Expression.FunctionLiteral function) implements Statement {}

    /** `class Name ... {}` as a statement: a let-like binding of Name. */
    record ClassDeclaration(int pos, Expression.ClassLiteral cls) implements Statement {}

    record ExpressionStatement(int pos, Expression expression) implements Statement {}

    record Block(int pos, List<Statement> body) implements Statement {}

    record Empty(int pos) implements Statement {}

    /** alternate is null without an else. */
    record If(int pos, Expression test, Statement consequent, Statement alternate) implements Statement {}

    record While(int pos, Expression test, Statement body) implements Statement {}

    record DoWhile(int pos, Statement body, Expression test) implements Statement {}

    /**
     * `for (init; test; update) body`. init is a VariableDeclaration, an ExpressionStatement or
     * null; test and update may be null.
     */
    record For(int pos, Statement init, Expression test, Expression update, Statement body) implements Statement {}

    /**
     * `for (left in right) body`. left is a VariableDeclaration with one declarator and no
     * initializer, or an ExpressionStatement whose expression is an assignment target.
     */
    record ForIn(int pos, Statement left, Expression right, Statement body) implements Statement {}

    /** `for (left of right) body`, or with isAwait `for await (left of right) body` (§14.7.5); left as in ForIn. */
    record ForOf(int pos, Statement left, Expression right, Statement body, boolean isAwait) implements Statement {}

    /** `with (object) body` (sloppy code only, ECMA-262 §14.11). */
    record With(int pos, Expression object, Statement body) implements Statement {}

    /** label is null for a plain `break`. */
    record Break(int pos, String label) implements Statement {}

    record Continue(int pos, String label) implements Statement {}

    /**
     * argument is null for a bare `return`. end: the offset just past the statement (its `;`
     * if it has one), where V8 places the Return bytecode's source position.
     */
    record Return(int pos, Expression argument, int end) implements Statement {}

    record Throw(int pos, Expression argument) implements Statement {}

    /** handler or finalizer may be null, not both. */
    record Try(int pos, Block block, CatchClause handler, Block finalizer) implements Statement {}

    /** `catch (param) body`; param is null for `catch { }`. */
    record CatchClause(int pos, Pattern param, Block body) implements Node {}

    record Switch(int pos, Expression discriminant, List<SwitchCase> cases) implements Statement {}

    /** test is null for `default:`. */
    record SwitchCase(int pos, Expression test, List<Statement> consequent) implements Node {}

    record Labeled(int pos, String label, Statement body) implements Statement {}

    /**
     * The statement under any labels: `a: b: function f() {}` is a function declaration of
     * its statement list (Annex B.3.2 labelled function declarations are hoisted like any).
     */
    static Statement unlabelled(Statement s) {
        while (s instanceof Labeled l) {
            s = l.body();
        }
        return s;
    }

    record Debugger(int pos) implements Statement {}
}

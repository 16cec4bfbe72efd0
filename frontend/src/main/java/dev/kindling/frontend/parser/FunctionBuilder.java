/*
 * Builds FunctionLiteral nodes for every kind of function (ECMA-262 §15): declarations,
 * expressions, arrows, methods, getters and setters; and gives anonymous functions the names
 * the spec's NamedEvaluation gives them (`let f = () => 1` is named "f").
 *
 * Assumes: AstBuilder.scope is the scope the function appears in.
 * Guarantees: each literal gets its id before anything inside it is built, so ids follow source
 * order; a function's strictness comes from its own directive prologue or its outer code, and
 * its name and parameters are checked under that strictness (§15.1.1: "use strict" in a body
 * applies to the function's own name and parameters too).
 */
package dev.kindling.frontend.parser;

import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Expression.FunctionKind;
import dev.kindling.frontend.ast.Expression.FunctionLiteral;
import dev.kindling.frontend.ast.Expression.Param;
import dev.kindling.frontend.ast.Pattern;
import dev.kindling.frontend.ast.Statement;
import dev.kindling.frontend.grammar.JavaScriptParser.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

final class FunctionBuilder {
    /** The kinds written with the `function` keyword: sloppy ones with simple parameters may repeat a name. */
    private static final Set<FunctionKind> ALLOWS_DUPLICATE_PARAMETERS = java.util.EnumSet.of(FunctionKind.NORMAL,
            FunctionKind.GENERATOR, FunctionKind.ASYNC_FUNCTION, FunctionKind.ASYNC_GENERATOR);

    private final AstBuilder b;

    FunctionBuilder(AstBuilder builder) {
        this.b = builder;
    }

    FunctionLiteral declaration(FunctionDeclarationContext ctx) {
        String name = b.literals.identifier(ctx.identifier().getStart());
        return build(b.text.offset(ctx), ctx.identifier(), name, false,
                kind(ctx.Async() != null, ctx.Multiply() != null ? FunctionKind.GENERATOR : FunctionKind.NORMAL),
                ctx.formalParameterList(), ctx.functionBody(), null);
    }

    /** A function expression; a named one can refer to itself by its name (selfBinding). */
    FunctionLiteral expression(FunctionExpressionContext ctx) {
        IdentifierContext id = ctx.identifier();
        String name = id == null ? "" : b.literals.identifier(id.getStart());
        return build(b.text.offset(ctx), id, name, id != null,
                kind(ctx.Async() != null, ctx.Multiply() != null ? FunctionKind.GENERATOR : FunctionKind.NORMAL),
                ctx.formalParameterList(), ctx.functionBody(), null);
    }

    /** `kind`, or its async twin when the function is written with `async`. */
    static FunctionKind kind(boolean async, FunctionKind kind) {
        return async ? kind.toAsync() : kind;
    }

    FunctionLiteral arrow(ArrowFunctionContext ctx) {
        Token arrow = ctx.Arrow().getSymbol();
        if (((JsToken) arrow).newlineBefore()) {
            throw b.error(arrow, "Unexpected token '=>'");   // §15.3: no line break before =>
        }
        ArrowParametersContext params = ctx.arrowParameters();
        ArrowBodyContext body = ctx.arrowBody();
        return build(b.text.offset(ctx), params.identifier(), "", false, kind(ctx.Async() != null, FunctionKind.ARROW),
                params.formalParameterList(), body.functionBody(), body.conciseBody());
    }

    /** A method, getter or setter of an object literal; `name` is its property key ("" if computed). */
    FunctionLiteral method(int pos, String name, FunctionKind kind, FormalParameterListContext params,
                           FunctionBodyContext body) {
        return build(pos, null, name, false, kind, params, body, null);
    }

    /**
     * The core. For an arrow with one bare parameter, `nameOrParam` is that parameter; for other
     * functions it is the function's own name (or null).
     */
    private FunctionLiteral build(int pos, IdentifierContext nameOrParam, String name, boolean selfBinding,
                                  FunctionKind kind, FormalParameterListContext paramList,
                                  FunctionBodyContext body, ConciseBodyContext conciseBody) {
        int id = b.nextFunctionId();
        List<FormalParameterContext> paramContexts = paramList == null ? List.of() : paramList.formalParameter();
        boolean simpleParameters = paramContexts.stream()
                .allMatch(p -> p.assignmentExpression() == null && p.bindingTarget().identifier() != null)
                && (paramList == null || paramList.restParameter() == null);
        Token directive = body == null ? null : b.useStrictDirective(body.statement());
        if (directive != null && !simpleParameters) {
            throw b.error(directive, "Illegal 'use strict' directive in function with non-simple parameter list");
        }
        FunctionScope outer = b.scope;
        b.scope = new FunctionScope(outer, outer.strict || directive != null);
        b.scope.generator = kind.isGenerator();
        b.scope.async = kind.isAsync();
        var outerPending = b.patterns.enterFunction();
        b.scope.superContext = kind.isArrow() ? outer.superContext : b.takeMemberSuperContext();
        try {
            List<Param> params = new ArrayList<>();
            b.scope.inParameters = true;
            if (kind.isArrow() && nameOrParam != null) {
                Expression.Identifier param = b.binding(nameOrParam);
                params.add(new Param(param.pos(), param, null, false));
            } else if (nameOrParam != null && !selfBinding) {
                // A declaration's name is bound in the code around it: `async function await() {}`
                // is fine outside async code, and `function await() {}` is not inside it (§15.8.1).
                b.scope.async = outer.async;
                b.binding(nameOrParam);
                b.scope.async = kind.isAsync();
            } else if (nameOrParam != null) {
                b.binding(nameOrParam);
            }
            for (FormalParameterContext p : paramContexts) {
                Pattern target = b.patterns.binding(p.bindingTarget());
                Expression defaultValue = p.assignmentExpression() == null ? null
                        : target instanceof Expression.Identifier bound
                        ? b.expressions.namedAssignment(p.assignmentExpression(), bound.name())
                        : b.expressions.assignment(p.assignmentExpression());
                params.add(new Param(b.text.offset(p), target, defaultValue, false));
            }
            RestParameterContext rest = paramList == null ? null : paramList.restParameter();
            if (rest != null) {
                params.add(new Param(b.text.offset(rest), b.patterns.binding(rest.bindingTarget()), null, true));
            }
            b.scope.inParameters = false;
            // §15.1.1, §15.3.1: duplicates are allowed only in sloppy functions with simple parameters
            // (and not in arrows or methods, whose parameters are UniqueFormalParameters).
            if (b.scope.strict || !ALLOWS_DUPLICATE_PARAMETERS.contains(kind) || !simpleParameters) {
                checkDuplicateParameters(params);
            }
            List<Statement> statements;
            int end;
            if (body != null) {
                statements = b.statements.list(body.statement());
                end = b.text.end(body.CloseBrace().getSymbol());
            } else {
                Expression value = conciseBody.arrowFunction() != null
                        ? arrow(conciseBody.arrowFunction())
                        : b.expressions.rest(conciseBody.conciseOperand(),
                                b.expressions.conciseOperand(conciseBody.conciseOperand()), conciseBody.assignmentRest());
                end = b.text.end(conciseBody.getStop());
                statements = List.of(new Statement.Return(value.pos(), value, end));
            }
            b.patterns.checkNoPendingErrors();
            return new FunctionLiteral(pos, name, selfBinding, params, statements, kind, body == null,
                    b.scope.strict, end, id);
        } finally {
            b.scope = outer;
            b.patterns.exitFunction(outerPending);
        }
    }

    private void checkDuplicateParameters(List<Param> params) {
        Set<String> seen = new HashSet<>();
        for (Param p : params) {
            for (Expression.Identifier target : Pattern.boundNames(p.target())) {
                if (!seen.add(target.name())) {
                    throw b.error(target.pos(), target.name().length(), "Duplicate parameter name not allowed in this context");
                }
            }
        }
    }

    /**
     * NamedEvaluation (§8.4.5): an anonymous function or arrow assigned to a name takes that name.
     * Any other expression is returned unchanged.
     */
    static Expression named(Expression value, String name) {
        if (value instanceof FunctionLiteral f && f.name().isEmpty() && !f.kind().isMethod()
                && (ALLOWS_DUPLICATE_PARAMETERS.contains(f.kind()) || f.kind().isArrow())) {
            return new FunctionLiteral(f.pos(), name, f.selfBinding(), f.params(), f.body(), f.kind(),
                    f.expressionBody(), f.strict(), f.end(), f.id());
        }
        if (value instanceof Expression.ClassLiteral c && c.constructor().name().isEmpty()) {
            return ClassBuilder.renamed(c, name);
        }
        return value;
    }
}

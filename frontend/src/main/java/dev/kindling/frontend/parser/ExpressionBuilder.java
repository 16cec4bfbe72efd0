/*
 * Builds Expression nodes (ECMA-262 §13) from the grammar's expression rules, and reports the
 * early errors that belong to expressions: invalid assignment and update targets, `-x ** 2`,
 * `??` mixed with && or ||, `delete x` in strict code, natives syntax when it is off.
 *
 * The grammar hands over flat lists (prefix operators, chain links, binary operators); this
 * class gives them their structure: prefix operators apply right to left, chain links left to
 * right, binary operators by OperatorPrecedence.
 *
 * Assumes: AstBuilder.scope is the function being built.
 * Guarantees: positions follow the AST records' conventions (Binary/Logical/Assign at the
 * operator, Member at the property name, Index at `[`, Call at the callee name, property name,
 * or else `(`, as V8 reports failing calls).
 */
package dev.kindling.frontend.parser;

import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Expression.AssignOp;
import dev.kindling.frontend.ast.Expression.UnaryOp;
import dev.kindling.frontend.grammar.JavaScriptLexer;
import dev.kindling.frontend.grammar.JavaScriptParser.*;
import dev.kindling.frontend.grammar.JavaScriptParserBaseVisitor;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

final class ExpressionBuilder extends JavaScriptParserBaseVisitor<Expression> {
    private final AstBuilder b;
    /**
     * Each `#x` met as an operand of its own, until a binary `in` takes it as its left side
     * (`#x in o`, ECMA-262 §13.10's PrivateIdentifier in ShiftExpression); one still here when
     * the program is built was used anywhere else, node's "Unexpected identifier '#x'".
     */
    final java.util.Set<Expression> barePrivateNames = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    ExpressionBuilder(AstBuilder builder) {
        this.b = builder;
    }

    private int pos(ParserRuleContext ctx) {
        return b.text.offset(ctx);
    }

    private int pos(Token token) {
        return b.text.offset(token);
    }

    // ---- sequences, assignment, conditional, binary -------------------------------------------

    Expression expression(ExpressionContext ctx) {
        return sequence(ctx, null, ctx.assignmentExpression());
    }

    Expression statementExpression(StatementExpressionContext ctx) {
        Expression first = ctx.yieldExpression() != null ? yieldExpression(ctx.yieldExpression())
                : ctx.arrowFunction() != null ? b.functions.arrow(ctx.arrowFunction())
                : rest(ctx.statementOperand(), statementOperand(ctx.statementOperand()), ctx.assignmentRest());
        return sequence(ctx, first, ctx.assignmentExpression());
    }

    /** `a, b, c`; `first` (if not null) is the already-built first element. */
    private Expression sequence(ParserRuleContext ctx, Expression first, List<AssignmentExpressionContext> rest) {
        if (rest.size() == (first == null ? 1 : 0)) {
            return first != null ? first : assignment(rest.get(0));
        }
        List<Expression> elements = new ArrayList<>();
        if (first != null) {
            elements.add(first);
        }
        for (AssignmentExpressionContext e : rest) {
            elements.add(assignment(e));
        }
        return new Expression.Sequence(pos(ctx), elements);
    }

    Expression assignment(AssignmentExpressionContext ctx) {
        Expression e = ctx.yieldExpression() != null ? yieldExpression(ctx.yieldExpression())
                : ctx.arrowFunction() != null ? b.functions.arrow(ctx.arrowFunction())
                : rest(ctx.operand(), operand(ctx.operand()), ctx.assignmentRest());
        b.patterns.range(e, pos(ctx), b.text.end(ctx.getStop()));
        return e;
    }

    /**
     * `yield`, `yield x`, `yield* x` (the grammar admits it only in a generator, see
     * inGenerator). In the generator's own parameters it is an early error (§15.5.1), which
     * node words "Yield expression not allowed in formal parameter".
     */
    private Expression yieldExpression(YieldExpressionContext ctx) {
        for (org.antlr.v4.runtime.RuleContext c = ctx.parent; c != null; c = c.parent) {
            if (c instanceof FormalParameterListContext) {
                throw b.error(ctx.Yield().getSymbol(), "Yield expression not allowed in formal parameter");
            }
            if (c instanceof FunctionBodyContext) {
                break;
            }
        }
        Expression argument = ctx.assignmentExpression() == null ? null : assignment(ctx.assignmentExpression());
        return new Expression.Yield(pos(ctx), argument, ctx.Multiply() != null);
    }

    /** An assignment expression whose anonymous function value takes `name` (NamedEvaluation, §8.4.5). */
    Expression namedAssignment(AssignmentExpressionContext ctx, String name) {
        return FunctionBuilder.named(assignment(ctx), name);
    }

    /** Everything after an assignment expression's first operand (see `assignmentRest` in the grammar). */
    Expression rest(ParserRuleContext firstCtx, Expression first, AssignmentRestContext rest) {
        Expression left = binary(firstCtx, first, rest);
        if (rest.QuestionMark() != null) {
            Expression consequent = assignment(rest.assignmentExpression(0));
            Expression alternate = assignment(rest.assignmentExpression(1));
            return new Expression.Conditional(pos(firstCtx), left, consequent, alternate);
        }
        if (rest.assignmentOperator() != null) {
            Token op = rest.assignmentOperator().getStart();
            AssignOp kind = assignOp(op.getType());
            if (kind == AssignOp.ASSIGN && (left instanceof Expression.ObjectLiteral || left instanceof Expression.ArrayLiteral)
                    && !b.patterns.isParenthesized(left)) {
                Expression pattern = (Expression) b.patterns.assignmentPattern(left);
                return new Expression.Assign(pos(op), kind, pattern, assignment(rest.assignmentExpression(0)));
            }
            boolean logical = kind == AssignOp.AND || kind == AssignOp.OR || kind == AssignOp.NULLISH;
            List<OperandContext> operands = rest.operand();
            Token leftEnd = operands.isEmpty() ? firstCtx.getStop() : operands.get(operands.size() - 1).getStop();
            checkTarget(left, pos(firstCtx), b.text.end(leftEnd) - pos(firstCtx), "Invalid left-hand side in assignment", !logical);
            Expression value = assignment(rest.assignmentExpression(0));
            boolean namesFunction = kind == AssignOp.ASSIGN || kind == AssignOp.AND
                    || kind == AssignOp.OR || kind == AssignOp.NULLISH;
            if (namesFunction && left instanceof Expression.Identifier id) {
                value = FunctionBuilder.named(value, id.name());
            }
            return new Expression.Assign(pos(op), kind, left, value);
        }
        return left;
    }

    private Expression binary(ParserRuleContext firstCtx, Expression first, AssignmentRestContext rest) {
        List<BinaryOperatorContext> operators = rest.binaryOperator();
        if (operators.isEmpty()) {
            return first;
        }
        List<OperandContext> operandContexts = rest.operand();
        List<Expression> operands = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        operands.add(first);
        boolean sawNullish = false;
        boolean sawLogical = false;
        for (int i = 0; i < operators.size(); i++) {
            Token op = operators.get(i).getStart();
            int type = op.getType();
            // §13.13: `a ?? b || c` must be parenthesized; node reports the second operator.
            if (type == JavaScriptLexer.NullishCoalesce) {
                if (sawLogical) {
                    throw b.error(op, SyntaxErrors.unexpectedToken(op));
                }
                sawNullish = true;
            } else if (type == JavaScriptLexer.And || type == JavaScriptLexer.Or) {
                if (sawNullish) {
                    throw b.error(op, SyntaxErrors.unexpectedToken(op));
                }
                sawLogical = true;
            }
            // §13.6: the base of ** is an UpdateExpression, never a unary one (-x ** 2).
            if (type == JavaScriptLexer.Power) {
                ParserRuleContext base = i == 0 ? firstCtx : operandContexts.get(i - 1);
                if (isUnaryOperand(base)) {
                    throw b.error(pos(base), b.text.end(op) - pos(base), "Unary operator used immediately before "
                            + "exponentiation expression. Parenthesis must be used to disambiguate operator precedence");
                }
            }
            tokens.add(op);
            operands.add(operand(operandContexts.get(i)));
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).getType() == JavaScriptLexer.In) {
                barePrivateNames.remove(operands.get(i));
            }
        }
        return OperatorPrecedence.build(operands, tokens, b.text);
    }

    /** True if the operand starts with a unary operator other than ++/--. */
    private static boolean isUnaryOperand(ParserRuleContext ctx) {
        PrefixOperatorContext prefix = null;
        if (ctx instanceof OperandContext o && !o.prefixOperator().isEmpty()) {
            prefix = o.prefixOperator(0);
        } else if (ctx instanceof StatementOperandContext s) {
            prefix = s.prefixOperator();
        } else if (ctx instanceof ConciseOperandContext c && c.statementOperand() != null) {
            prefix = c.statementOperand().prefixOperator();
        }
        if (prefix == null) {
            return false;
        }
        int type = prefix.getStart().getType();
        return type != JavaScriptLexer.PlusPlus && type != JavaScriptLexer.MinusMinus;
    }

    /**
     * Assignment and update targets: a name, `o.p` or `o[k]` (§13.15.1). A call `f()` is let
     * through where V8 lets it through (`f() = 1`, `f()++`, not `f() &&= 1`): web compatibility
     * makes it a ReferenceError at run time, after `f` has been called, so the bytecode
     * generator emits the throw.
     */
    void checkTarget(Expression target, int offset, int length, String message, boolean allowCall) {
        if (target instanceof Expression.Identifier id && id.name().equals(Expression.ClassLiteral.NEW_TARGET)) {
            throw b.error(offset, length, message); // `new.target` is no reference (§13.3.12.1)
        } else if (target instanceof Expression.Identifier id) {
            b.checkEvalOrArguments(id);
        } else if (!(target instanceof Expression.Member) && !(target instanceof Expression.Index)
                && !(target instanceof Expression.SuperProperty)
                && !(allowCall && target instanceof Expression.Call)) {
            throw b.error(offset, length, message);
        }
    }

    void checkTarget(Expression target, ParserRuleContext targetCtx, String message, boolean allowCall) {
        int start = pos(targetCtx);
        checkTarget(target, start, b.text.end(targetCtx.getStop()) - start, message, allowCall);
    }

    // ---- unary and update operators -------------------------------------------------------

    Expression operand(OperandContext ctx) {
        LeftHandSideExpressionContext lhs = ctx.leftHandSideExpression();
        Expression e = leftHandSide(lhs);
        if (ctx.postfixOperator() != null) {
            e = postfix(lhs, e, ctx.postfixOperator());
        }
        List<PrefixOperatorContext> prefixes = ctx.prefixOperator();
        for (int i = prefixes.size() - 1; i >= 0; i--) {
            // The operand of prefixes[i] is everything after it, up to the end of this operand.
            Token operandStart = i + 1 < prefixes.size() ? prefixes.get(i + 1).getStart() : lhs.getStart();
            e = prefix(prefixes.get(i).getStart(), e, span(operandStart, ctx.getStop()));
        }
        return e;
    }

    /** The last token of a head followed by chain links. */
    private static Token lastStop(ParserRuleContext head, List<ChainLinkContext> links) {
        return links.isEmpty() ? head.getStop() : links.get(links.size() - 1).getStop();
    }

    /** A stand-in rule context covering start..stop, to give an error its source range. */
    private static ParserRuleContext span(Token start, Token stop) {
        ParserRuleContext range = new ParserRuleContext();
        range.start = start;
        range.stop = stop;
        return range;
    }

    Expression statementOperand(StatementOperandContext ctx) {
        if (ctx.prefixOperator() != null) {
            return prefix(ctx.prefixOperator().getStart(), operand(ctx.operand()), ctx.operand());
        }
        Expression e = chain(visit(ctx.primaryExpression()), pos(ctx), ctx.chainLink());
        return ctx.postfixOperator() == null ? e
                : postfix(span(ctx.getStart(), lastStop(ctx.primaryExpression(), ctx.chainLink())), e, ctx.postfixOperator());
    }

    Expression conciseOperand(ConciseOperandContext ctx) {
        if (ctx.statementOperand() != null) {
            return statementOperand(ctx.statementOperand());
        }
        ParserRuleContext headCtx = ctx.functionExpression() != null ? ctx.functionExpression() : ctx.classExpression();
        Expression head = ctx.functionExpression() != null
                ? b.functions.expression(ctx.functionExpression()) : b.classes.expression(ctx.classExpression());
        Expression e = chain(head, pos(ctx), ctx.chainLink());
        return ctx.postfixOperator() == null ? e
                : postfix(span(ctx.getStart(), lastStop(headCtx, ctx.chainLink())), e, ctx.postfixOperator());
    }

    private Expression postfix(ParserRuleContext operandCtx, Expression target, PostfixOperatorContext op) {
        checkTarget(target, operandCtx, "Invalid left-hand side expression in postfix operation", true);
        boolean increment = op.getStop().getType() == JavaScriptLexer.PlusPlus;
        return new Expression.Update(pos(operandCtx), false, increment, target);
    }

    private Expression prefix(Token op, Expression operand, ParserRuleContext operandCtx) {
        int operandPos = pos(operandCtx);
        int pos = pos(op);
        UnaryOp unary;
        switch (op.getType()) {
            case JavaScriptLexer.PlusPlus, JavaScriptLexer.MinusMinus -> {
                checkTarget(operand, operandCtx, "Invalid left-hand side expression in prefix operation", true);
                return new Expression.Update(pos, true, op.getType() == JavaScriptLexer.PlusPlus, operand);
            }
            case JavaScriptLexer.Delete -> {
                if (b.strict() && operand instanceof Expression.Identifier) {
                    throw b.error(operandCtx, "Delete of an unqualified identifier in strict mode.");
                }
                String privateName = privateKey(operand);
                if (privateName != null) {
                    throw b.error(operand.pos(), privateName.length(),
                            "Private fields can not be deleted");
                }
                unary = UnaryOp.DELETE;
            }
            case JavaScriptLexer.Plus -> unary = UnaryOp.PLUS;
            case JavaScriptLexer.Minus -> unary = UnaryOp.MINUS;
            case JavaScriptLexer.Not -> unary = UnaryOp.NOT;
            case JavaScriptLexer.BitNot -> unary = UnaryOp.BIT_NOT;
            case JavaScriptLexer.Typeof -> unary = UnaryOp.TYPEOF;
            case JavaScriptLexer.Void -> unary = UnaryOp.VOID;
            case JavaScriptLexer.Await -> {
                if (b.scope.inParameters) {
                    throw b.error(op, "Illegal await-expression in formal parameters of async function");
                }
                return new Expression.Await(pos, operand);
            }
            default -> throw new IllegalStateException("not a prefix operator: " + op.getText());
        }
        return new Expression.Unary(pos, unary, operand);
    }

    // ---- member access and calls ----------------------------------------------------------

    Expression leftHandSide(LeftHandSideExpressionContext ctx) {
        return chain(head(ctx.primaryExpression(), ctx.objectLiteral(), ctx.functionExpression(), ctx.classExpression()),
                pos(ctx), ctx.chainLink());
    }

    private Expression head(PrimaryExpressionContext primary, ObjectLiteralContext object, FunctionExpressionContext function,
                            ClassExpressionContext classExpression) {
        if (primary != null) {
            return visit(primary);
        }
        if (classExpression != null) {
            return b.classes.expression(classExpression);
        }
        return object != null ? b.objects.objectLiteral(object) : b.functions.expression(function);
    }

    /** Applies member, index and call links left to right; wraps the result if any link is optional. */
    private Expression chain(Expression head, int headPos, List<ChainLinkContext> links) {
        Expression e = head;
        boolean optionalChain = false;
        boolean afterCall = false;
        for (ChainLinkContext link : links) {
            if (link instanceof MemberLinkContext m) {
                // V8 reports a failing `f().x` at the dot, and `a.b.x` at the name.
                int memberPos = afterCall ? pos(m.getStart()) : pos(m.identifierName());
                e = new Expression.Member(memberPos, e, propertyName(m.identifierName()), false);
            } else if (link instanceof OptionalMemberLinkContext m) {
                e = new Expression.Member(pos(m.identifierName()), e, propertyName(m.identifierName()), true);
                optionalChain = true;
            } else if (link instanceof PrivateMemberLinkContext m) {
                e = privateMember(e, m, m.PrivateIdentifier(), false);
            } else if (link instanceof OptionalPrivateMemberLinkContext m) {
                e = privateMember(e, m, m.PrivateIdentifier(), true);
                optionalChain = true;
            } else if (link instanceof IndexLinkContext x) {
                boolean optional = x.QuestionDot() != null;
                e = new Expression.Index(pos(x.OpenBracket().getSymbol()), e, expression(x.expression()), optional);
                optionalChain |= optional;
            } else if (link instanceof TaggedTemplateLinkContext t) {
                // tag`a${x}b` calls tag(templateObject, x), with `this` from a member tag.
                List<String> cooked = new ArrayList<>();
                List<String> raw = new ArrayList<>();
                List<Expression> args = new ArrayList<>();
                args.add(null);
                templateParts(t.templateLiteral(), cooked, raw, args);
                args.set(0, new Expression.TemplateObject(pos(t), cooked, raw));
                int callPos = e instanceof Expression.Identifier || e instanceof Expression.Member ? e.pos() : pos(t);
                e = new Expression.Call(callPos, e, args, false);
            } else {
                CallLinkContext c = (CallLinkContext) link;
                boolean optional = c.QuestionDot() != null;
                int callPos = e instanceof Expression.Identifier || e instanceof Expression.Member
                        ? e.pos() : pos(c.arguments());
                e = new Expression.Call(callPos, e, arguments(c.arguments()), optional);
                optionalChain |= optional;
            }
            afterCall = link instanceof CallLinkContext;
        }
        return optionalChain ? new Expression.OptionalChain(headPos, e) : e;
    }

    List<Expression> arguments(ArgumentsContext ctx) {
        List<Expression> args = new ArrayList<>();
        for (ArgumentContext a : ctx.argument()) {
            Expression value = assignment(a.assignmentExpression());
            args.add(a.Ellipsis() != null ? new Expression.Spread(pos(a), value) : value);
        }
        return args;
    }

    String propertyName(IdentifierNameContext ctx) {
        return b.literals.identifier(ctx.getStart());
    }

    // ---- primary expressions (one visit method per grammar alternative) -------------------

    @Override
    public Expression visitThisExpression(ThisExpressionContext ctx) {
        return new Expression.This(pos(ctx));
    }

    @Override
    public Expression visitIdentifierExpression(IdentifierExpressionContext ctx) {
        return b.reference(ctx.identifier());
    }

    @Override
    public Expression visitParenthesizedExpression(ParenthesizedExpressionContext ctx) {
        Expression e = expression(ctx.expression());
        b.patterns.parenthesized(e, pos(ctx), b.text.end(ctx.getStop()));
        return e;
    }

    @Override
    public Expression visitLiteralExpression(LiteralExpressionContext ctx) {
        Token token = ctx.getStart();
        int pos = pos(token);
        return switch (token.getType()) {
            case JavaScriptLexer.NullLiteral -> new Expression.NullLiteral(pos);
            case JavaScriptLexer.BooleanLiteral -> new Expression.BooleanLiteral(pos, token.getText().equals("true"));
            case JavaScriptLexer.StringLiteral -> new Expression.StringLiteral(pos, b.literals.string(token, b.strict()));
            case JavaScriptLexer.RegularExpressionLiteral -> b.literals.regExp(token);
            default -> new Expression.NumberLiteral(pos, b.literals.number(token, b.strict()));
        };
    }

    /** Empty slots are holes (null), except the one after a trailing comma. */
    @Override
    public Expression visitArrayExpression(ArrayExpressionContext ctx) {
        return arrayLiteral(ctx.arrayLiteral());
    }

    Expression arrayLiteral(ArrayLiteralContext array) {
        List<Expression> elements = new ArrayList<>();
        boolean slotFilled = false;
        Expression.Spread restAfterComma = null;
        for (ParseTree child : array.children) {
            if (child instanceof ArrayElementContext e) {
                Expression value = assignment(e.assignmentExpression());
                elements.add(e.Ellipsis() != null ? new Expression.Spread(pos(e), value) : value);
                slotFilled = true;
            } else if (child instanceof TerminalNode t && t.getSymbol().getType() == JavaScriptLexer.Comma) {
                if (!slotFilled) {
                    elements.add(null);
                } else if (elements.get(elements.size() - 1) instanceof Expression.Spread s) {
                    restAfterComma = s;
                }
                slotFilled = false;
            }
        }
        Expression.ArrayLiteral literal = new Expression.ArrayLiteral(pos(array), elements);
        if (restAfterComma != null && restAfterComma == elements.get(elements.size() - 1)) {
            b.patterns.restBeforeComma(literal);
        }
        return literal;
    }

    @Override
    public Expression visitTemplateExpression(TemplateExpressionContext ctx) {
        List<String> quasis = new ArrayList<>();
        List<Expression> expressions = new ArrayList<>();
        templateParts(ctx.templateLiteral(), quasis, null, expressions);
        return new Expression.TemplateLiteral(pos(ctx), quasis, expressions);
    }

    /**
     * Splits a template into its cooked strings, raw strings (when `raw` is not null) and
     * substitutions; there is always one more string than substitutions.
     */
    private void templateParts(TemplateLiteralContext template, List<String> cooked, List<String> raw,
                               List<Expression> expressions) {
        StringBuilder quasi = new StringBuilder();
        StringBuilder rawQuasi = new StringBuilder();
        for (TemplatePartContext part : template.templatePart()) {
            Token first = part.getStart();
            switch (first.getType()) {
                case JavaScriptLexer.TemplateChars -> {
                    quasi.append(b.literals.template(first));
                    rawQuasi.append(Literals.templateRaw(first));
                }
                case JavaScriptLexer.TemplateDollar -> {
                    quasi.append('$');
                    rawQuasi.append('$');
                }
                default -> {
                    cooked.add(quasi.toString());
                    quasi.setLength(0);
                    if (raw != null) {
                        raw.add(rawQuasi.toString());
                    }
                    rawQuasi.setLength(0);
                    expressions.add(expression(part.expression()));
                }
            }
        }
        cooked.add(quasi.toString());
        if (raw != null) {
            raw.add(rawQuasi.toString());
        }
    }

    @Override
    public Expression visitNewExpression(NewExpressionContext ctx) {
        NewCalleeContext calleeCtx = ctx.newCallee();
        Expression callee = head(calleeCtx.primaryExpression(), calleeCtx.objectLiteral(), calleeCtx.functionExpression(),
                calleeCtx.classExpression());
        for (NewCalleeLinkContext link : calleeCtx.newCalleeLink()) {
            if (link.QuestionDot() != null) {
                throw b.error(link.getStart(), "Invalid optional chain from new expression");
            }
            if (link.PrivateIdentifier() != null) {
                callee = privateMember(callee, link, link.PrivateIdentifier(), false);
            } else if (link.identifierName() != null) {
                callee = new Expression.Member(pos(link.identifierName()), callee, propertyName(link.identifierName()), false);
            } else {
                callee = new Expression.Index(pos(link), callee, expression(link.expression()), false);
            }
        }
        List<Expression> args = ctx.arguments() == null ? List.of() : arguments(ctx.arguments());
        return new Expression.New(pos(ctx), callee, args);
    }

    /** `new.target`: the hidden variable holding the function's incoming new target. */
    @Override
    public Expression visitNewTargetExpression(NewTargetExpressionContext ctx) {
        if (!ctx.identifierName().getText().equals("target")) {
            throw b.error(ctx.identifierName(), "Unexpected identifier '" + ctx.identifierName().getText() + "'");
        }
        return new Expression.Identifier(pos(ctx), Expression.ClassLiteral.NEW_TARGET);
    }

    @Override
    public Expression visitSuperCallExpression(SuperCallExpressionContext ctx) {
        FunctionScope.SuperContext context = b.scope.superContext;
        if (!context.call()) {
            throw b.error(ctx.getStart(), "'super' keyword unexpected here");
        }
        return ClassBuilder.superCall(pos(ctx), arguments(ctx.arguments()), context.fields());
    }

    @Override
    public Expression visitSuperMemberExpression(SuperMemberExpressionContext ctx) {
        FunctionScope.SuperContext context = b.scope.superContext;
        if (!context.property()) {
            throw b.error(ctx.getStart(), "'super' keyword unexpected here");
        }
        return ClassBuilder.superProperty(pos(ctx.identifierName()), propertyName(ctx.identifierName()), null, context);
    }

    @Override
    public Expression visitSuperIndexExpression(SuperIndexExpressionContext ctx) {
        FunctionScope.SuperContext context = b.scope.superContext;
        if (!context.property()) {
            throw b.error(ctx.getStart(), "'super' keyword unexpected here");
        }
        return ClassBuilder.superProperty(pos(ctx.OpenBracket().getSymbol()), null, expression(ctx.expression()), context);
    }

    /** `%Name(args)`, V8's natives syntax; without --allow-natives-syntax the `%` is unexpected. */
    @Override
    public Expression visitPrivateNameExpression(PrivateNameExpressionContext ctx) {
        Expression name = new Expression.Identifier(pos(ctx), b.literals.identifier(ctx.PrivateIdentifier().getSymbol()));
        barePrivateNames.add(name);
        return name;
    }

    /**
     * `o.#x`: a keyed access whose key is the class scope's variable `#x`, the private name (as
     * V8's). The key sits at the dot, where node reports an undeclared `#x`.
     */
    private Expression privateMember(Expression object, ParserRuleContext link, org.antlr.v4.runtime.tree.TerminalNode name,
                                     boolean optional) {
        return new Expression.Index(pos(name.getSymbol()), object,
                new Expression.Identifier(pos(link), b.literals.identifier(name.getSymbol())), optional);
    }

    /** The `#x` of `o.#x`, or null for any other expression. */
    static String privateKey(Expression e) {
        return e instanceof Expression.Index x && x.key() instanceof Expression.Identifier id && id.name().startsWith("#")
                ? id.name() : null;
    }

    @Override
    public Expression visitNativeCallExpression(NativeCallExpressionContext ctx) {
        if (!b.allowNativesSyntax) {
            throw b.error(ctx.getStart(), "Unexpected token '%'");
        }
        return new Expression.NativeCall(pos(ctx), propertyName(ctx.identifierName()), arguments(ctx.arguments()));
    }

    static AssignOp assignOp(int tokenType) {
        return switch (tokenType) {
            case JavaScriptLexer.Assign -> AssignOp.ASSIGN;
            case JavaScriptLexer.PlusAssign -> AssignOp.ADD;
            case JavaScriptLexer.MinusAssign -> AssignOp.SUB;
            case JavaScriptLexer.MultiplyAssign -> AssignOp.MUL;
            case JavaScriptLexer.DivideAssign -> AssignOp.DIV;
            case JavaScriptLexer.ModulusAssign -> AssignOp.MOD;
            case JavaScriptLexer.PowerAssign -> AssignOp.EXP;
            case JavaScriptLexer.BitOrAssign -> AssignOp.BIT_OR;
            case JavaScriptLexer.BitXorAssign -> AssignOp.BIT_XOR;
            case JavaScriptLexer.BitAndAssign -> AssignOp.BIT_AND;
            case JavaScriptLexer.LeftShiftArithmeticAssign -> AssignOp.SHL;
            case JavaScriptLexer.RightShiftArithmeticAssign -> AssignOp.SAR;
            case JavaScriptLexer.RightShiftLogicalAssign -> AssignOp.SHR;
            case JavaScriptLexer.AndAssign -> AssignOp.AND;
            case JavaScriptLexer.OrAssign -> AssignOp.OR;
            case JavaScriptLexer.NullishCoalesceAssign -> AssignOp.NULLISH;
            default -> throw new IllegalStateException("not an assignment operator: " + tokenType);
        };
    }
}

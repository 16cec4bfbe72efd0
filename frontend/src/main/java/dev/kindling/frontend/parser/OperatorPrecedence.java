/*
 * Binary operator precedence and associativity (ECMA-262 §13.6 - §13.13), applied to the flat
 * `operand (binaryOperator operand)*` lists the grammar produces.
 *
 * This is precedence climbing: read an operand, then, while the next operator binds at least as
 * tightly as the caller allows, read that operator's right side with a higher minimum (the same
 * minimum for the right-associative `**`). `a - b - c` becomes (a - b) - c, `a ** b ** c`
 * becomes a ** (b ** c), `a + b * c` becomes a + (b * c).
 *
 * Assumes: operands.size() == operators.size() + 1, and the caller has already rejected the
 * combinations the grammar cannot (a unary operand left of `**`, `??` mixed with && or ||).
 * Guarantees: each Binary/Logical node's pos is its operator's offset.
 */
package dev.kindling.frontend.parser;

import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Expression.BinaryOp;
import dev.kindling.frontend.ast.Expression.LogicalOp;
import dev.kindling.frontend.grammar.JavaScriptLexer;
import java.util.List;
import org.antlr.v4.runtime.Token;

final class OperatorPrecedence {
    private final List<Expression> operands;
    private final List<Token> operators;
    private final SourceText text;
    private int next;

    private OperatorPrecedence(List<Expression> operands, List<Token> operators, SourceText text) {
        this.operands = operands;
        this.operators = operators;
        this.text = text;
    }

    static Expression build(List<Expression> operands, List<Token> operators, SourceText text) {
        if (operators.isEmpty()) {
            return operands.get(0);
        }
        return new OperatorPrecedence(operands, operators, text).climb(0);
    }

    /** Parses operands[next] and every following operator of precedence >= minPrecedence. */
    private Expression climb(int minPrecedence) {
        Expression left = operands.get(next);
        while (next < operators.size()) {
            Token op = operators.get(next);
            int precedence = precedence(op.getType());
            if (precedence < minPrecedence) {
                break;
            }
            next++;
            boolean rightAssociative = op.getType() == JavaScriptLexer.Power;
            Expression right = climb(rightAssociative ? precedence : precedence + 1);
            left = combine(op, left, right);
        }
        return left;
    }

    private Expression combine(Token op, Expression left, Expression right) {
        int pos = text.offset(op);
        return switch (op.getType()) {
            case JavaScriptLexer.And -> new Expression.Logical(pos, LogicalOp.AND, left, right);
            case JavaScriptLexer.Or -> new Expression.Logical(pos, LogicalOp.OR, left, right);
            case JavaScriptLexer.NullishCoalesce -> new Expression.Logical(pos, LogicalOp.NULLISH, left, right);
            default -> new Expression.Binary(pos, binaryOp(op.getType()), left, right);
        };
    }

    /** Higher binds tighter. `??` may not mix with && and || unparenthesized, so its rank is only nominal. */
    static int precedence(int tokenType) {
        return switch (tokenType) {
            case JavaScriptLexer.NullishCoalesce -> 1;
            case JavaScriptLexer.Or -> 2;
            case JavaScriptLexer.And -> 3;
            case JavaScriptLexer.BitOr -> 4;
            case JavaScriptLexer.BitXOr -> 5;
            case JavaScriptLexer.BitAnd -> 6;
            case JavaScriptLexer.Equals, JavaScriptLexer.NotEquals,
                 JavaScriptLexer.IdentityEquals, JavaScriptLexer.IdentityNotEquals -> 7;
            case JavaScriptLexer.LessThan, JavaScriptLexer.MoreThan, JavaScriptLexer.LessThanEquals,
                 JavaScriptLexer.GreaterThanEquals, JavaScriptLexer.Instanceof, JavaScriptLexer.In -> 8;
            case JavaScriptLexer.LeftShiftArithmetic, JavaScriptLexer.RightShiftArithmetic,
                 JavaScriptLexer.RightShiftLogical -> 9;
            case JavaScriptLexer.Plus, JavaScriptLexer.Minus -> 10;
            case JavaScriptLexer.Multiply, JavaScriptLexer.Divide, JavaScriptLexer.Modulus -> 11;
            case JavaScriptLexer.Power -> 12;
            default -> throw new IllegalStateException("not a binary operator: " + tokenType);
        };
    }

    static BinaryOp binaryOp(int tokenType) {
        return switch (tokenType) {
            case JavaScriptLexer.Plus -> BinaryOp.ADD;
            case JavaScriptLexer.Minus -> BinaryOp.SUB;
            case JavaScriptLexer.Multiply -> BinaryOp.MUL;
            case JavaScriptLexer.Divide -> BinaryOp.DIV;
            case JavaScriptLexer.Modulus -> BinaryOp.MOD;
            case JavaScriptLexer.Power -> BinaryOp.EXP;
            case JavaScriptLexer.BitOr -> BinaryOp.BIT_OR;
            case JavaScriptLexer.BitXOr -> BinaryOp.BIT_XOR;
            case JavaScriptLexer.BitAnd -> BinaryOp.BIT_AND;
            case JavaScriptLexer.LeftShiftArithmetic -> BinaryOp.SHL;
            case JavaScriptLexer.RightShiftArithmetic -> BinaryOp.SAR;
            case JavaScriptLexer.RightShiftLogical -> BinaryOp.SHR;
            case JavaScriptLexer.Equals -> BinaryOp.EQ;
            case JavaScriptLexer.NotEquals -> BinaryOp.NE;
            case JavaScriptLexer.IdentityEquals -> BinaryOp.STRICT_EQ;
            case JavaScriptLexer.IdentityNotEquals -> BinaryOp.STRICT_NE;
            case JavaScriptLexer.LessThan -> BinaryOp.LT;
            case JavaScriptLexer.MoreThan -> BinaryOp.GT;
            case JavaScriptLexer.LessThanEquals -> BinaryOp.LE;
            case JavaScriptLexer.GreaterThanEquals -> BinaryOp.GE;
            case JavaScriptLexer.In -> BinaryOp.IN;
            case JavaScriptLexer.Instanceof -> BinaryOp.INSTANCEOF;
            default -> throw new IllegalStateException("not a binary operator: " + tokenType);
        };
    }
}

/*
 * Source positions: each AST node carries the offset V8 records for it (see the comments on
 * the records in dev.kindling.frontend.ast), in UTF-16 units. These tests pin the conventions
 * the bytecode generator and error messages depend on.
 */
package dev.kindling.frontend;

import static dev.kindling.frontend.ParseTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Expression.FunctionLiteral;
import dev.kindling.frontend.ast.Statement;
import org.junit.jupiter.api.Test;

class SourcePositionTest {

    /** The expression of the first statement, which must be an expression statement. */
    private static Expression expr(String source) {
        return ((Statement.ExpressionStatement) parse(source).body().get(0)).expression();
    }

    @Test
    void binaryLogicalAndAssignmentSitAtTheirOperator() {
        assertEquals(2, expr("a + b").pos());
        assertEquals(4, expr("a.b && c").pos());
        assertEquals(2, expr("x += 1").pos());
    }

    @Test
    void memberSitsAtThePropertyNameAndIndexAtTheBracket() {
        assertEquals(2, expr("o.name").pos());
        Expression.OptionalChain chain = (Expression.OptionalChain) expr("o?.name");
        assertEquals(0, chain.pos());
        assertEquals(3, chain.expression().pos());
        assertEquals(1, expr("a[i]").pos());
    }

    @Test
    void callSitsAtTheCalleeNameThePropertyNameOrElseTheParenthesis() {
        assertEquals(0, expr("f(1)").pos());
        assertEquals(2, expr("o.m(1)").pos());
        assertEquals(4, expr("a[0]()").pos());
        assertEquals(3, expr("f()()").pos());
    }

    @Test
    void newSitsAtTheKeywordAndUpdateAtTheStartOfTheWholeExpression() {
        assertEquals(0, expr("new X(1)").pos());
        assertEquals(0, expr("x++").pos());
        assertEquals(0, expr("++x").pos());
    }

    @Test
    void statementsSitAtTheirFirstToken() {
        var body = parse("  if (a) {}\n  return;").body();
        assertEquals(2, body.get(0).pos());
        assertEquals(14, body.get(1).pos());
    }

    @Test
    void functionEndIsJustPastTheClosingBraceOrTheExpressionBody() {
        FunctionLiteral f = (FunctionLiteral) ((Expression.Assign) expr("x = function () { return 1; } ")).value();
        assertEquals(4, f.pos());
        assertEquals(29, f.end());
        FunctionLiteral arrow = (FunctionLiteral) ((Expression.Assign) expr("f = x => x * 2;")).value();
        assertEquals(4, arrow.pos());
        assertEquals(14, arrow.end());
    }

    @Test
    void offsetsCountUtf16UnitsAsV8Does() {
        // The emoji is one code point but two UTF-16 units.
        var body = parse("s = \"\uD83D\uDE00\"; y").body();
        assertEquals(10, body.get(1).pos());
    }

    @Test
    void errorColumnsCountUtf16UnitsToo() {
        JsSyntaxError e = ParseTestSupport.syntaxError("s = '\uD83D\uDE00' x");
        assertEquals(10, e.column());
        assertEquals("s = '\uD83D\uDE00' x", e.sourceLine());
    }
}

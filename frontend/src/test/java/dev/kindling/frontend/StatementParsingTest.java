/*
 * The AST of statements, automatic semicolon insertion and directive prologues, as a
 * specification: each test is a snippet and the tree AstPrinter prints for it.
 */
package dev.kindling.frontend;

import static dev.kindling.frontend.ParseTestSupport.ast;
import static dev.kindling.frontend.ParseTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Statement;
import org.junit.jupiter.api.Test;

class StatementParsingTest {

    @Test
    void declarations() {
        assertEquals("(var a (b 1)) (let (c 2)) (const (d 3))", ast("var a, b = 1; let c = 2; const d = 3;"));
        assertEquals("(function#1 f (a (= b 2)) (return (+ a b)))", ast("function f(a, b = 2) { return a + b; }"));
    }

    @Test
    void controlFlowStatements() {
        assertEquals("(if a (expr b) (expr c))", ast("if (a) b; else c"));
        assertEquals("(if a (if b (expr c) (expr d)))", ast("if (a) if (b) c; else d"));
        assertEquals("(while (< i 3) (expr (post++ i)))", ast("while (i < 3) i++"));
        assertEquals("(do (block (expr x)) y)", ast("do { x } while (y)"));
        assertEquals("(try (block (expr a)) (catch e (block (expr b))) (finally (block (expr c))))",
                ast("try { a } catch (e) { b } finally { c }"));
        assertEquals("(try (block (expr a)) (catch _ (block (expr b))))", ast("try { a } catch { b }"));
        assertEquals("(try (block) (finally (block)))", ast("try {} finally {}"));
        assertEquals("(switch x (case 1 (expr a) (break)) (case 2) (default (expr b)))",
                ast("switch (x) { case 1: a; break; case 2: default: b }"));
        assertEquals("(throw (new Error \"x\")) (debugger) (empty)", ast("throw new Error('x'); debugger; ;"));
    }

    @Test
    void forLoopsInEveryForm() {
        assertEquals("(for (let (i 0)) (< i 10) (post++ i) (block))", ast("for (let i = 0; i < 10; i++) {}"));
        assertEquals("(for _ _ _ (block))", ast("for (;;) {}"));
        assertEquals("(for _ _ (post++ i) (empty))", ast("for (;; i++);"));
        assertEquals("(for (expr (= i 0)) i _ (empty))", ast("for (i = 0; i;);"));
        assertEquals("(for-in (var k) o (block))", ast("for (var k in o) {}"));
        assertEquals("(for-in (expr k) o (empty))", ast("for (k in o);"));
        assertEquals("(for-of (const x) (, a b) (block))", ast("for (const x of (a, b)) {}"));
        assertEquals("(for-of (expr (. x y)) z (block))", ast("for (x.y of z) {}"));
    }

    @Test
    void labelsBreakAndContinue() {
        assertEquals("(label outer (for _ _ _ (block (break outer) (continue outer) (break) (continue))))",
                ast("outer: for (;;) { break outer; continue outer; break; continue; }"));
        assertEquals("(label a (label b (while 1 (continue a))))", ast("a: b: while (1) continue a;"));
        assertEquals("(label a (block (break a)))", ast("a: { break a; }"));
        assertEquals("(block (label a (expr 1)))", ast("{ a: 1 }"));
    }

    @Test
    void topLevelReturnIsAllowedBecauseAFileIsAModuleFunctionBody() {
        assertEquals("(return 1)", ast("return 1"));
    }

    @Test
    void asiEndsAStatementAtALineBreakBeforeAnUnexpectedToken() {
        assertEquals("(var (a 1)) (var (b 2))", ast("var a = 1\nvar b = 2"));
        assertEquals("(expr a) (expr b)", ast("a\nb"));
        assertEquals("(block (expr (= x 1)))", ast("{ x = 1 }"));
        assertEquals("(expr a)", ast("a /* comment */"));
        assertEquals("(expr a) (expr b)", ast("a /* multi\nline */ b"));
    }

    @Test
    void noAsiWhereTheNextLineContinuesTheExpression() {
        assertEquals("(expr (call a b))", ast("a\n(b)"));
        assertEquals("(expr (= x (/ y 2)))", ast("x = y\n/ 2"));
        assertEquals("(expr (= a (+ b c)))", ast("a = b\n+c"));
        assertEquals("(expr ([] a 0))", ast("a\n[0]"));
    }

    @Test
    void restrictedProductionsEndAtALineBreak() {
        assertEquals("(expr a) (expr (pre++ b))", ast("a\n++b"));
        assertEquals("(return) (expr x)", ast("return\nx"));
        assertEquals("(label L (for _ _ _ (block (break) (expr L) (continue) (expr L))))",
                ast("L: for (;;) { break\nL; continue\nL }"));
        assertEquals("(expr (post++ a))", ast("a ++"));
    }

    @Test
    void doWhileTakesAnImplicitSemicolonEvenOnTheSameLine() {
        assertEquals("(do (expr x) 0) (expr y)", ast("do x; while(0) y"));
    }

    @Test
    void useStrictDirectiveMakesTheProgramOrFunctionStrict() {
        assertTrue(parse("'use strict'; x").strict());
        assertFalse(parse("x; 'use strict'").strict());
        assertFalse(parse("'use\\x20strict'").strict(), "an escaped directive does not count");
        assertFalse(parse("('use strict')").strict());
        assertEquals("(expr \"a\") (function#1 f strict () (expr \"other\") (expr \"use strict\") (return (function#2 g self strict ()))) "
                        + "(function#3 h ())",
                ast("'a'; function f() { 'other'; \"use strict\"; return function g() {} } function h() {}"));
        assertEquals("(expr \"use strict\") (function#1 f strict () (return 1))",
                ast("\"use strict\"; function f() { return 1 }"));
    }

    @Test
    void hashbangLineIsIgnored() {
        assertEquals("(expr x)", ast("#!/usr/bin/env node\nx"));
        Expression.Identifier x = (Expression.Identifier)
                ((Statement.ExpressionStatement) parse("#!/usr/bin/env node\nx").body().get(0)).expression();
        assertEquals(20, x.pos());
    }

    @Test
    void arrowFunctionWithExpressionBodyIsOneReturn() {
        var f = (Expression.FunctionLiteral) ((Statement.ExpressionStatement) parse("(x => x + 1)").body().get(0)).expression();
        assertTrue(f.expressionBody());
        assertTrue(f.isArrow());
        assertEquals(1, f.body().size());
        assertEquals("(return (+ x 1))", AstPrinter.print(f.body().get(0)));
    }
}

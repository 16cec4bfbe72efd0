/*
 * The AST of expressions, as a specification: each test is a snippet and the tree it must
 * produce, printed by AstPrinter as S-expressions ((+ a b) is a Binary, (. o p) a Member,
 * (chain ...) an OptionalChain, (function#N name (params) body...) a FunctionLiteral).
 */
package dev.kindling.frontend;

import static dev.kindling.frontend.ParseTestSupport.ast;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExpressionParsingTest {

    @Test
    void additiveAndMultiplicativeOperatorsAreLeftAssociativeWithUsualPrecedence() {
        assertEquals("(expr (- (- a b) c))", ast("a - b - c"));
        assertEquals("(expr (- (+ a (* b c)) (% (/ d e) f)))", ast("a + b * c - d / e % f"));
    }

    @Test
    void exponentiationIsRightAssociative() {
        assertEquals("(expr (** a (** b c)))", ast("a ** b ** c"));
        assertEquals("(expr (** (- x) 2))", ast("(-x) ** 2"));
        assertEquals("(expr (** 2 (- x)))", ast("2 ** -x"));
        assertEquals("(expr (** (pre++ x) 2))", ast("++x ** 2"));
    }

    @Test
    void everyBinaryPrecedenceLevelNestsInOrder() {
        assertEquals("(expr (|| a (&& b (| c (^ d (& e (== f (< g (<< h (+ i (* j (** k l))))))))))))",
                ast("a || b && c | d ^ e & f == g < h << i + j * k ** l"));
        assertEquals("(expr (instanceof (! a) b))", ast("!a instanceof b"));
        assertEquals("(expr (in \"k\" o))", ast("'k' in o"));
        assertEquals("(expr (?? (?? a b) c))", ast("a ?? b ?? c"));
        assertEquals("(expr (>>> (>> (<< a 1) 2) 3))", ast("a << 1 >> 2 >>> 3"));
        assertEquals("(expr (!== (=== (!= (== a b) c) d) e))", ast("a == b != c === d !== e"));
    }

    @Test
    void assignmentAndConditionalAreRightAssociative() {
        assertEquals("(expr (= x (+= y z)))", ast("x = y += z"));
        assertEquals("(expr (? a b (? c d e)))", ast("a ? b : c ? d : e"));
        assertEquals("(expr (= x (? a b (= c d))))", ast("x = a ? b : c = d"));
        assertEquals("(expr (||= a b)) (expr (&&= a c)) (expr (??= a d)) (expr (**= a 2)) (expr (>>>= a 1))",
                ast("a ||= b; a &&= c; a ??= d; a **= 2; a >>>= 1"));
    }

    @Test
    void commaMakesASequence() {
        assertEquals("(expr (, (, a b) c))", ast("(a, b), c"));
        assertEquals("(var (a 1) (b (, 2 3)))", ast("var a = 1, b = (2, 3);"));
    }

    @Test
    void unaryAndUpdateOperators() {
        assertEquals("(expr (- (+ (post++ x) (pre++ y)) (- z)))", ast("x++ + ++y - -z"));
        assertEquals("(expr (typeof (typeof x)))", ast("typeof typeof x"));
        assertEquals("(expr (delete (. a b))) (expr (void 0)) (expr (~ (! (+ a))))",
                ast("delete a.b; void 0; ~!+a"));
        assertEquals("(expr (post-- (. o p))) (expr (pre-- ([] a i)))", ast("o.p--; --a[i]"));
    }

    @Test
    void aCallCanBeAnAssignmentTargetAndFailsOnlyAtRunTime() {
        // V8 parses these and throws ReferenceError when they run (web compatibility).
        assertEquals("(expr (post++ (call f))) (expr (= (call f) 1))", ast("f()++; f() = 1"));
    }

    @Test
    void memberIndexAndCallChains() {
        assertEquals("(expr (call (call f a) b))", ast("f(a)(b)"));
        assertEquals("(expr (. (. o if) class))", ast("o.if.class"));
        assertEquals("(expr (call ([] (. a b) 0) x y))", ast("a.b[0](x, y,)"));
    }

    @Test
    void optionalChainWrapsTheWholeChainAndFlagsTheOptionalLinks() {
        assertEquals("(expr (chain (?.[] (call (. (?. a b) c) d) e)))", ast("a?.b.c(d)?.[e]"));
        assertEquals("(expr (. (chain (?. a b)) c))", ast("(a?.b).c"));
        assertEquals("(expr (chain (?.call f x)))", ast("f?.(x)"));
        assertEquals("(expr (? a 0.5 1))", ast("a?.5:1"));
    }

    @Test
    void newTakesAMemberExpressionAsCallee() {
        assertEquals("(expr (new (. (. a b) C) 1))", ast("new a.b.C(1)"));
        assertEquals("(expr (. (call (new (. (. a b) C) 1) 2) d))", ast("new a.b.C(1)(2).d"));
        assertEquals("(expr (new X))", ast("new X"));
        assertEquals("(expr (new (new X)))", ast("new new X()()"));
        assertEquals("(expr (new (call f)))", ast("new (f())()"));
    }

    @Test
    void numericLiteralsInEveryBase() {
        assertEquals("(expr (, 15 5 255 0.5 5 1000 8 8 9))", ast("0o17, 0b101, 0xff, .5, 5., 1e3, 010, 08, 09"));
        assertEquals("(expr 1.8446744073709552E19)", ast("0xFFFFFFFFFFFFFFFF"));
    }

    @Test
    void stringEscapesAreDecoded() {
        assertEquals("(expr \"ABCC\\u0000next\")".replace("\\u0000", "\0"),
                ast("\"\\x41\\u0042\\u{43}\\103\\0\\\nnext\""));
        assertEquals("(expr (+ \"it's\" \"q\"))", ast("'it\\'s' + \"\\q\""));
        assertEquals("(expr \"\\n\t\r\b\f\u000B\")", ast("'\\n\\t\\r\\b\\f\\v'"));
        assertEquals("(expr \"\uD83D\uDE00\")", ast("'\\u{1F600}'"));
    }

    @Test
    void templateLiteralsNestAndKeepBracesInSubstitutions() {
        assertEquals("(expr (template \"a\\n\" b \"c\" (template \"d\") \"\"))", ast("`a\\n${b}c${`d`}`"));
        assertEquals("(expr (template \"\" (. (object (init a 1)) a) \"\"))", ast("`${ {a:1}.a }`"));
        assertEquals("(expr (template \"a\" (template \"b\" c \"\") \"d\"))", ast("`a${`b${c}`}d`"));
        assertEquals("(expr (template \"$ $$ {}\"))", ast("`$ $$ {}`"));
        assertEquals("(expr (template \"x\\ny\"))", ast("`x\r\ny`"));
    }

    @Test
    void arrayLiteralsHaveHolesButATrailingCommaAddsNone() {
        assertEquals("(expr (array hole hole 1 hole))", ast("[, , 1, , ]"));
        assertEquals("(expr (array 1 hole 2))", ast("[1,,2,]"));
        assertEquals("(expr (array))", ast("[]"));
    }

    @Test
    void objectLiteralsWithEveryKindOfProperty() {
        assertEquals("(expr (= x (object (init a 1) (shorthand b) (method c (method#1 c ())) "
                        + "(get d (getter#2 \"get d\" () (return 1))) (set d (setter#3 \"set d\" (v))) "
                        + "(init [e] 2) (init f 3) (init \"4\" 5))))",
                ast("x = {a: 1, b, c() {}, get d() { return 1 }, set d(v) {}, [e]: 2, \"f\": 3, 4: 5}"));
        assertEquals("(expr (= x (object (init get 1) (method set (method#1 set ())) (shorthand get))))",
                ast("x = {get: 1, set() {}, get}"));
    }

    @Test
    void numericKeysBecomeTheirCanonicalStrings() {
        assertEquals("(expr (= x (object (init \"16\" 1) (init \"1e+21\" 2) (init \"1.5\" 3) (init \"0.5\" 4))))",
                ast("x = {0x10: 1, 1e21: 2, 1.50: 3, .5: 4}"));
    }

    @Test
    void arrowFunctionsInAllForms() {
        assertEquals("(expr (= f (arrow#1 f (x) (return x))))", ast("f = x => x"));
        assertEquals("(expr (= f (arrow#1 f (a b) (return (+ a b)))))", ast("f = (a, b) => { return a + b; }"));
        assertEquals("(expr (= f (arrow#1 f () (return (object)))))", ast("f = () => ({})"));
        assertEquals("(expr (= f (arrow#1 f ((= a 1)) (return (arrow#2 \"\" (b) (return (, a b)))))))",
                ast("f = (a = 1) => b => (a, b)"));
        assertEquals("(expr (= f (arrow#1 f () (return (function#2 \"\" ())))))", ast("f = () => function () {}"));
    }

    @Test
    void namedEvaluationNamesAnonymousFunctionsByTheirBinding() {
        assertEquals("(var (f (function#1 f ())) (g (function#2 h self ())) (k (arrow#3 k () (return 1))))",
                ast("var f = function () {}, g = function h() {}, k = () => 1;"));
        assertEquals("(expr (= f (function#1 f ()))) (expr (= (. o m) (function#2 \"\" ())))",
                ast("f = function () {}; o.m = function () {};"));
        assertEquals("(expr (= x (object (init m (function#1 m ())) (method n (method#2 n ())) "
                        + "(init s (arrow#3 s () (return 0))) (init [k] (function#4 \"\" ())) "
                        + "(init __proto__ (function#5 \"\" ())))))",
                ast("x = {m: function () {}, n() {}, \"s\": () => 0, [k]: function () {}, __proto__: function () {}}"));
        assertEquals("(function#1 outer ((= a (function#2 a ()))))", ast("function outer(a = function () {}) {}"));
        assertEquals("(expr (= f (function#1 f ())))", ast("f = (function () {})"));
        assertEquals("(expr (= f (, 0 (function#1 \"\" ()))))", ast("f = (0, function () {})"));
    }

    @Test
    void functionLiteralsAreNumberedInSourceOrder() {
        assertEquals("(function#1 outer () (return (function#2 inner self () (return (arrow#3 \"\" ()))))) "
                        + "(expr (= x (function#4 x ())))",
                ast("function outer() { return function inner() { return () => {}; }; } x = function () {}"));
    }

    @Test
    void nativesSyntaxIsACallToARuntimeIntrinsic() {
        assertEquals("(expr (%OptimizeFunctionOnNextCall f)) (expr (% a b))",
                ast("%OptimizeFunctionOnNextCall(f); a % b"));
    }

    @Test
    void expressionStatementsMayStartWithAnOperatorBeforeAFunction() {
        assertEquals("(expr (! (call (function#1 \"\" ()))))", ast("!function () {}()"));
        assertEquals("(expr (call (function#1 \"\" ())))", ast("(function () {})()"));
        assertEquals("(expr (= x (call (. (function#1 \"\" ()) bind) this)))", ast("x = function () {}.bind(this)"));
    }
}

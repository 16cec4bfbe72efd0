/*
 * Every function literal gets a scope from the scope analysis, wherever it appears: the
 * bytecode generator compiles a function lazily, on its first call, starting from
 * ScopeAnalysis.scopeOf(literal), so a literal the analysis never declared crashes its first
 * call. One case per place a function can hide in the head of something else.
 */
package dev.kindling.frontend;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.kindling.frontend.ast.Children;
import dev.kindling.frontend.ast.Expression.FunctionLiteral;
import dev.kindling.frontend.ast.Node;
import dev.kindling.frontend.ast.Program;
import dev.kindling.frontend.scope.ScopeAnalysis;
import dev.kindling.frontend.scope.ScopeAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionScopesTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "for (let [a = function () {}] of []) ;",
        "for (const { a = () => 1 } of []) ;",
        "for (var [a = function () {}] of []) ;",
        "let a; for ([a = function () {}] of []) ;",
        "for (let [a = function () {}] in {}) ;",
        "for (const { [(() => 'k')()]: a = () => 1 } in {}) ;",
        "for (var { a = () => 1 } in {}) ;",
        "function f() { for (let [a = () => () => 1] of []) ; }",
        "for (let i = 0, f = () => i; i < 1; i++) ;",
        "function f(p = function () {}) {}",
        "function f({ q = () => 1 } = {}) {}",
        "const f = (r = (s = () => 1) => s) => r;",
        "const o = { m(t = () => 1) {}, set v(w = () => 1) {} };",
        "class C { constructor(u = () => 1) {} }",
        "class C { field = () => 1; static s = function () {}; [(() => 'k')()]() {} }",
        "const o = { [(function () { return 'k'; })()]: 1 };",
        "try {} catch ({ u = () => 1 }) {}",
        "try {} catch ([w = () => () => 1]) {}",
        "let [x = () => 1] = []; const { y = () => 1 } = {};",
        "switch (1) { case 1: let [z = () => 1] = []; }",
    })
    void everyFunctionLiteralHasAScope(String source) {
        Program program = ParseTestSupport.parse(source);
        ScopeAnalysis scopes = ScopeAnalyzer.analyze(program);
        assertNotNull(firstFunction(program), "no function in " + source);
        checkFunctions(program, scopes, source);
    }

    private static void checkFunctions(Node node, ScopeAnalysis scopes, String source) {
        if (node instanceof FunctionLiteral fn) {
            assertNotNull(scopes.scopeOf(fn), "no scope for the function at " + fn.pos() + " in " + source);
        }
        for (Node child : Children.of(node)) {
            checkFunctions(child, scopes, source);
        }
    }

    private static Node firstFunction(Program program) {
        return Children.find(program, n -> n instanceof FunctionLiteral);
    }
}

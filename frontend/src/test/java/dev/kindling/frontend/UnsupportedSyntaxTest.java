/*
 * Syntax outside Kindling's current subset is reported as a SyntaxError that names it, at the
 * token where it starts, never as a confusing "Unexpected token". (Node accepts all of these.)
 */
package dev.kindling.frontend;

import static dev.kindling.frontend.ParseTestSupport.syntaxError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Program;
import dev.kindling.frontend.ast.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnsupportedSyntaxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            x = 10n                   | 5 | Unsupported syntax: BigInt literals
            import("m")               | 1 | Unsupported syntax: dynamic import()
            import x from 'm'         | 1 | Cannot use import statement outside a module
            var let = 1               | 5 | Unsupported syntax: 'let' as an identifier
            """)
    void namesTheUnsupportedConstruct(String source, int column, String message) {
        JsSyntaxError e = syntaxError(source);
        assertEquals(message, e.getMessage());
        assertEquals(column, e.column());
    }

    @Test
    void aTemplateOnTheNextLineTagsTheExpressionBecauseNoSemicolonIsInserted() {
        Program program = Parser.parse("a\n`t\\n`", "t.js");
        Statement.ExpressionStatement s = (Statement.ExpressionStatement) program.body().get(0);
        Expression.Call call = (Expression.Call) s.expression();
        assertEquals("a", ((Expression.Identifier) call.callee()).name());
        Expression.TemplateObject strings = (Expression.TemplateObject) call.arguments().get(0);
        assertEquals(java.util.List.of("t\n"), strings.cooked());
        assertEquals(java.util.List.of("t\\n"), strings.raw());
    }
}

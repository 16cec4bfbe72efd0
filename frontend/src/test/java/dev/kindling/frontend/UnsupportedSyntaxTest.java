/*
 * Syntax outside Kindling's current subset is reported as a SyntaxError that names it, at the
 * token where it starts, never as a confusing "Unexpected token". (Node accepts all of these.)
 */
package dev.kindling.frontend;

import static dev.kindling.frontend.ParseTestSupport.syntaxError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnsupportedSyntaxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            x = /ab+c/g               | 5 | Unsupported syntax: regular expression literals
            if (/a/.test(s)) {}       | 5 | Unsupported syntax: regular expression literals
            function* g() {}          | 9 | Unsupported syntax: generators
            x = { *g() {} }           | 7 | Unsupported syntax: generators
            async function f() {}     | 1 | Unsupported syntax: async functions
            x = async () => 1         | 5 | Unsupported syntax: async functions
            x = async y => 1          | 5 | Unsupported syntax: async functions
            x = 10n                   | 5 | Unsupported syntax: BigInt literals
            x = tag`a`                | 8 | Unsupported syntax: tagged templates
            with (o) {}               | 1 | Unsupported syntax: with statements
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
    void aTemplateOnTheNextLineStillTagsTheExpressionBecauseNoSemicolonIsInserted() {
        JsSyntaxError e = syntaxError("a\n`t`");
        assertEquals("Unsupported syntax: tagged templates", e.getMessage());
        assertEquals("2:1", e.line() + ":" + e.column());
    }
}

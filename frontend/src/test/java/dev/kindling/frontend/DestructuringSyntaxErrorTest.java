/*
 * Early errors of destructuring patterns, as node v20 reports them (message, 1-based column of
 * the caret, underlined length); every row was checked by running node on the snippet. And
 * the patterns that must parse: a literal that turns out to be a pattern, `{a = 1}` inside one.
 */
package dev.kindling.frontend;

import static dev.kindling.frontend.ParseTestSupport.parse;
import static dev.kindling.frontend.ParseTestSupport.syntaxError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DestructuringSyntaxErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ({a = 1});                   | 3  | 5 | Invalid shorthand property initializer
            let x = {a = 1};             | 10 | 5 | Invalid shorthand property initializer
            ({a: 1} = {});               | 6  | 1 | Invalid destructuring assignment target
            [1] = [];                    | 2  | 1 | Invalid destructuring assignment target
            [a, ...b,] = [];             | 5  | 4 | Rest element must be last element
            let [a, ...b,] = [];         | 9  | 4 | Rest element must be last element
            let {...a, b} = {};          | 9  | 1 | Rest element must be last element
            ({...a, b} = {});            | 6  | 1 | Rest element must be last element
            let {...a,} = {};            | 9  | 1 | Rest element must be last element
            ({...{a}} = {});             | 6  | 3 | `...` must be followed by an assignable reference in assignment contexts
            let {...{a}} = {};           | 9  | 3 | `...` must be followed by an identifier in declaration contexts
            ({a}) = {};                  | 1  | 5 | Invalid left-hand side in assignment
            [({a})] = [];                | 2  | 5 | Invalid destructuring assignment target
            ({m() {}} = {});             | 3  | 1 | Invalid destructuring assignment target
            function f({a}, a) {}        | 17 | 1 | Duplicate parameter name not allowed in this context
            let {a} ;                    | 5  | 3 | Missing initializer in destructuring declaration
            const [a];                   | 7  | 3 | Missing initializer in destructuring declaration
            let [...a = 1] = [];         | 6  | 8 | Invalid destructuring assignment target
            var {a: b.c} = {};           | 9  | 3 | Illegal property in declaration context
            let {x: (y)} = {};           | 9  | 3 | Invalid destructuring assignment target
            [...a, b] = [];              | 2  | 4 | Rest element must be last element
            let [(a)] = [];              | 6  | 3 | Invalid destructuring assignment target
            let {a: 1} = {}              | 9  | 1 | Invalid destructuring assignment target
            """)
    void reportsTheErrorAsNodeDoes(String source, int column, int length, String message) {
        JsSyntaxError e = syntaxError(source);
        assertEquals(message, e.getMessage());
        assertEquals(column, e.column(), "column");
        assertEquals(length, e.length(), "underlined length");
    }

    @Test
    void aUseStrictDirectiveNeedsSimpleParameters() {
        assertEquals("Illegal 'use strict' directive in function with non-simple parameter list",
                syntaxError("function f([a]) { \"use strict\"; }").getMessage());
    }

    @Test
    void aPatternMayNameProtoTwiceALiteralMayNot() {
        parse("let {__proto__: a, __proto__: b} = {};");
        JsSyntaxError e = syntaxError("x = {__proto__: 1, __proto__: 2};");
        assertEquals("Duplicate __proto__ fields are not allowed in object literals", e.getMessage());
        assertEquals(20, e.column());
    }

    @Test
    void anObjectLiteralLeftOfAssignmentBecomesAPattern() {
        Statement.ExpressionStatement s = (Statement.ExpressionStatement) parse("({a = 1, b: [c, ...d]} = o);").body().get(0);
        Expression.Assign assign = (Expression.Assign) s.expression();
        Expression.ObjectPattern pattern = (Expression.ObjectPattern) assign.target();
        assertEquals(2, pattern.properties().size());
        assertEquals("a", pattern.properties().get(0).name());
        assertEquals(1.0, ((Expression.NumberLiteral) pattern.properties().get(0).defaultValue()).value());
        Expression.ArrayPattern inner = (Expression.ArrayPattern) pattern.properties().get(1).target();
        assertEquals("d", ((Expression.Identifier) inner.rest()).name());
    }
}

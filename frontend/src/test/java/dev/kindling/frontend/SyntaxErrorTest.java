/*
 * Syntax errors, as node v20 reports them: for each snippet the exact message, the line, the
 * 1-based column where node puts its caret and how many characters its caret line underlines
 * (0 where node prints no caret: at the end of input, where Kindling points just past the
 * text). Every row was checked by running `node --check` on the snippet.
 */
package dev.kindling.frontend;

import static dev.kindling.frontend.ParseTestSupport.syntaxError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxErrorTest {

    record Case(String source, int line, int column, int length, String message) {
        @Override
        public String toString() {
            return source.replace("\n", "\\n");
        }
    }

    private static Case error(String source, int line, int column, int length, String message) {
        return new Case(source, line, column, length, message);
    }

    static Stream<Case> nodeErrors() {
        return Stream.of(
                error("let x = ;",
                        1, 9, 1, "Unexpected token ';'"),
                error("a b",
                        1, 3, 1, "Unexpected identifier 'b'"),
                error("var total = 10 20;",
                        1, 16, 2, "Unexpected number"),
                error("a 'text'",
                        1, 3, 6, "Unexpected string"),
                error("a if",
                        1, 3, 2, "Unexpected token 'if'"),
                error("a null",
                        1, 3, 4, "Unexpected token 'null'"),
                error("var if = 1",
                        1, 5, 2, "Unexpected token 'if'"),
                error("x = y +* 2",
                        1, 8, 1, "Unexpected token '*'"),
                error("}",
                        1, 1, 1, "Unexpected token '}'"),
                error("if (a) else b",
                        1, 8, 4, "Unexpected token 'else'"),
                error("x = {a: 1,, }",
                        1, 11, 1, "Unexpected token ','"),
                error("x.1",
                        1, 2, 2, "Unexpected number"),
                error("function f() {\n  return 1;\n",
                        3, 1, 0, "Unexpected end of input"),
                error("f(a b)",
                        1, 3, 1, "missing ) after argument list"),
                error("console.log(\"a\", \"b\";",
                        1, 18, 3, "missing ) after argument list"),
                error("f(1, a.b.c def)",
                        1, 10, 1, "missing ) after argument list"),
                error("f(;",
                        1, 3, 1, "Unexpected token ';'"),
                error("x = `a${b c}`",
                        1, 9, 2, "Missing } in template expression"),
                error("var s = \"abc\nx",
                        1, 9, 4, "Invalid or unexpected token"),
                error("x = 1 /* never closed",
                        1, 7, 15, "Invalid or unexpected token"),
                error("x = 3in y",
                        1, 5, 1, "Invalid or unexpected token"),
                error("x = 0x",
                        1, 5, 2, "Invalid or unexpected token"),
                error("x = @y",
                        1, 5, 1, "Invalid or unexpected token"),
                error("a ?? b || c",
                        1, 8, 2, "Unexpected token '||'"),
                error("a && b ?? c",
                        1, 8, 2, "Unexpected token '??'"),
                error("x = -2 ** 2",
                        1, 5, 5, "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence"),
                error("x = 2 ** -y ** 2",
                        1, 10, 5, "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence"),
                error("a + 1 = 2",
                        1, 1, 5, "Invalid left-hand side in assignment"),
                error("a?.b = 1",
                        1, 1, 4, "Invalid left-hand side in assignment"),
                error("f() &&= 1",
                        1, 1, 3, "Invalid left-hand side in assignment"),
                error("++n++",
                        1, 3, 3, "Invalid left-hand side expression in prefix operation"),
                error("x = 1++",
                        1, 5, 1, "Invalid left-hand side expression in postfix operation"),
                error("for ((a + b) in x);",
                        1, 6, 7, "Invalid left-hand side in for-loop"),
                error("new a?.b()",
                        1, 6, 2, "Invalid optional chain from new expression"),
                error("throw\nnew Error()",
                        1, 1, 5, "Illegal newline after throw"),
                error("f = x\n=> x",
                        2, 1, 2, "Unexpected token '=>'"),
                error("const limit;",
                        1, 7, 5, "Missing initializer in const declaration"),
                error("const a = 1, bcd;",
                        1, 14, 3, "Missing initializer in const declaration"),
                error("let let = 1",
                        1, 5, 3, "let is disallowed as a lexically bound name"),
                error("function f() {\n  break;\n}",
                        2, 3, 5, "Illegal break statement"),
                error("switch (1) { case 1: continue; }",
                        1, 22, 8, "Illegal continue statement: no surrounding iteration statement"),
                error("block: { for (;;) { continue block; } }",
                        1, 30, 5, "Illegal continue statement: 'block' does not denote an iteration statement"),
                error("outer: for (;;) { break missing; }",
                        1, 25, 7, "Undefined label 'missing'"),
                error("a: { a: for (;;) { break a; } }",
                        1, 6, 1, "Label 'a' has already been declared"),
                error("for (;;) { function f() { break; } }",
                        1, 27, 5, "Illegal break statement"),
                error("switch (x) { default: default: }",
                        1, 23, 7, "More than one default clause in switch statement"),
                error("try {\n  x();\n}\ny();",
                        3, 1, 1, "Missing catch or finally after try"),
                error("function () {}",
                        1, 1, 8, "Function statements require a function name"),
                error("if (true) let z = 1;",
                        1, 11, 3, "Lexical declaration cannot appear in a single-statement context"),
                error("while (1) function f() {}",
                        1, 11, 8, "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement."),
                error("x = {get a(b) {}}",
                        1, 11, 3, "Getter must not have any formal parameters."),
                error("x = {set a() {}}",
                        1, 11, 2, "Setter must have exactly one formal parameter."),
                error("x = {__proto__: 1, '__proto__': 2}",
                        1, 20, 11, "Duplicate __proto__ fields are not allowed in object literals"),
                error("var s = \"\\x4g\";",
                        1, 10, 4, "Invalid hexadecimal escape sequence"),
                error("var s = \"\\u{110000}\";",
                        1, 10, 9, "Undefined Unicode code-point"),
                error("x = `\\01`",
                        1, 7, 1, "Octal escape sequences are not allowed in template strings."),
                error("'use strict';\nvar mode = 0755;",
                        2, 12, 4, "Octal literals are not allowed in strict mode."),
                error("'use strict'; x = 08",
                        1, 19, 2, "Decimals with leading zeros are not allowed in strict mode."),
                error("'use strict';\nvar s = \"bell\\07\";",
                        2, 15, 1, "Octal escape sequences are not allowed in strict mode."),
                error("'use strict'; x = '\\8'",
                        1, 20, 1, "\\8 and \\9 are not allowed in strict mode."),
                error("'use strict';\nvar x = 1;\ndelete x;",
                        3, 8, 1, "Delete of an unqualified identifier in strict mode."),
                error("'use strict'; eval = 1",
                        1, 15, 4, "Unexpected eval or arguments in strict mode"),
                error("'use strict'; arguments++",
                        1, 15, 9, "Unexpected eval or arguments in strict mode"),
                error("function f(eval) { 'use strict' }",
                        1, 12, 4, "Unexpected eval or arguments in strict mode"),
                error("'use strict'; var static = 1",
                        1, 19, 6, "Unexpected strict mode reserved word"),
                error("'use strict';\nvar let = 5;",
                        2, 5, 3, "Unexpected strict mode reserved word"),
                error("function implements() { 'use strict' }",
                        1, 10, 10, "Unexpected strict mode reserved word"),
                error("function f(a, b, a) {\n  'use strict';\n}",
                        1, 18, 1, "Duplicate parameter name not allowed in this context"),
                error("var f = (a, a) => 1",
                        1, 13, 1, "Duplicate parameter name not allowed in this context"),
                error("function f(a = 1) { 'use strict'; }",
                        1, 21, 12, "Illegal 'use strict' directive in function with non-simple parameter list"),
                error("'use strict'; if (x) function f() {}",
                        1, 22, 8, "In strict mode code, functions can only be declared at top level or inside a block."),
                error("%DebugPrint(x)",
                        1, 1, 1, "Unexpected token '%'"),
                error("super.x",
                        1, 1, 5, "'super' keyword unexpected here"),
                error("copy[] = 1",
                        1, 6, 1, "Unexpected token ']'"),
                error("var r2 = null ?? side;();",
                        1, 24, 1, "Unexpected token ')'"),
                error("x = 1 +",
                        1, 8, 0, "Unexpected end of input"),
                error("b[-1] = 'neg';%",
                        1, 15, 1, "Unexpected token '%'"),
                error("x = % try {}",
                        1, 5, 1, "Unexpected token '%'"),
                error("const o { n: 1 };",
                        1, 7, 1, "Missing initializer in const declaration"),
                error("f(a, `x`\n",
                        1, 6, 3, "missing ) after argument list"),
                error("for (let x of a, b);",
                        1, 16, 1, "Unexpected token ','"),
                error("x = a ? b;",
                        1, 10, 1, "Unexpected token ';'"),
                error("a\n++\n",
                        3, 1, 0, "Unexpected end of input"),
                error("return\n+",
                        2, 2, 0, "Unexpected end of input"),
                error("x = function f(a b) {}",
                        1, 18, 1, "Unexpected identifier 'b'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodeErrors")
    void reportsTheErrorAsNodeDoes(Case c) {
        JsSyntaxError e = syntaxError(c.source());
        assertEquals(c.message(), e.getMessage());
        assertEquals(c.line() + ":" + c.column(), e.line() + ":" + e.column(), "line:column");
        if (c.length() > 0) {
            assertEquals(c.length(), e.length(), "underlined length");
        }
    }
}

/*
 * Helpers shared by the parser tests: parse a snippet and print it with AstPrinter, or parse a
 * snippet that must fail and return the JsSyntaxError.
 */
package dev.kindling.frontend;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kindling.frontend.ast.Program;

final class ParseTestSupport {
    private ParseTestSupport() {
    }

    static Program parse(String source) {
        return Parser.parse(source, "test.js", true);
    }

    /** The program as S-expressions, statements separated by spaces. */
    static String ast(String source) {
        return AstPrinter.print(parse(source));
    }

    static JsSyntaxError syntaxError(String source) {
        return assertThrows(JsSyntaxError.class, () -> Parser.parse(source, "test.js", false));
    }
}

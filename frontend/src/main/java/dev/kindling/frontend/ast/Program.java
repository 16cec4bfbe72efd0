/*
 * A whole source file. Kindling runs every file as node runs a CommonJS module: the body is
 * the body of the module wrapper function, so top-level `var`, `let` and function declarations
 * are locals of that function, not properties of the global object.
 */
package dev.kindling.frontend.ast;

import java.util.List;

public record Program(int pos, Source source, List<Statement> body, boolean strict) implements Node {
}

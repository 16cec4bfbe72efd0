/**
 * The frontend: {@link dev.kindling.frontend.Parser#parse} turns source text into the AST of
 * {@code ast/} (the grammar is in grammars/, the builder in {@code parser/}), and
 * {@code scope/} resolves every name. Syntax errors are {@link dev.kindling.frontend.JsSyntaxError}s
 * carrying node's message, line and column.
 */
package dev.kindling.frontend;

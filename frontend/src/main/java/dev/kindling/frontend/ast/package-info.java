/**
 * The immutable AST of Kindling's JavaScript subset: {@link dev.kindling.frontend.ast.Program},
 * {@link dev.kindling.frontend.ast.Statement} and {@link dev.kindling.frontend.ast.Expression}.
 * Start reading at Node, then Expression and Statement: one record per kind of node.
 */
package dev.kindling.frontend.ast;

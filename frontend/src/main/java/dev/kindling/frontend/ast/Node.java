/*
 * The root of Kindling's abstract syntax tree.
 *
 * Every node is an immutable record carrying `pos`: a character offset into the source text
 * (Source turns it into line and column). The offset is the one V8 records for that kind of
 * node, so that source-position marks in --print-bytecode and columns in stack traces agree
 * with node's: for most nodes it is where the node starts; the records that differ
 * (binary operators, property names, calls) say so.
 *
 * Records compare by value, so two `x` identifiers at different places are different nodes
 * only because their positions differ. Side tables keyed by nodes (scope analysis) therefore
 * use IdentityHashMap, never equals().
 */
package dev.kindling.frontend.ast;

public sealed interface Node permits Expression, Statement, Pattern, Program,
        Statement.VariableDeclarator, Statement.SwitchCase, Statement.CatchClause,
        Expression.Property, Expression.Param, Expression.PatternProperty, Expression.PatternElement,
        Expression.ClassMember {
    /** Character offset in the source text of the position V8 would record for this node. */
    int pos();
}

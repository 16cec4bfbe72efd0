/*
 * The direct children of every kind of AST node, in source order: the one place that knows
 * the shape of each record, for passes that only need to walk the tree (finding the node at
 * a source position, collecting nested functions).
 */
package dev.kindling.frontend.ast;

import java.util.ArrayList;
import java.util.List;

public final class Children {
    private Children() {
    }

    public static List<Node> of(Node node) {
        List<Node> out = new ArrayList<>();
        if (node instanceof Program p) {
            out.addAll(p.body());
        } else if (node instanceof Expression e) {
            expression(e, out);
        } else if (node instanceof Statement s) {
            statement(s, out);
        } else if (node instanceof Statement.VariableDeclarator d) {
            add(out, d.target(), d.init());
        } else if (node instanceof Statement.SwitchCase c) {
            add(out, c.test());
            out.addAll(c.consequent());
        } else if (node instanceof Statement.CatchClause c) {
            add(out, c.param(), c.body());
        } else if (node instanceof Expression.Property p) {
            add(out, p.computedKey(), p.value());
        } else if (node instanceof Expression.ClassMember m) {
            add(out, m.computedKey(), m.value());
        } else if (node instanceof Expression.Param p) {
            add(out, p.target(), p.defaultValue());
        } else if (node instanceof Expression.PatternProperty p) {
            add(out, p.computedKey(), p.target(), p.defaultValue());
        } else if (node instanceof Expression.PatternElement el) {
            add(out, el.target(), el.defaultValue());
        }
        return out;
    }

    /** The first node, in pre-order, that `test` accepts; null if none. */
    public static Node find(Node root, java.util.function.Predicate<Node> test) {
        if (test.test(root)) {
            return root;
        }
        for (Node child : of(root)) {
            Node found = find(child, test);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Like find(root, test), but only descends into nodes `descend` accepts. */
    public static Node find(Node root, java.util.function.Predicate<Node> test,
                            java.util.function.Predicate<Node> descend) {
        if (test.test(root)) {
            return root;
        }
        if (!descend.test(root)) {
            return null;
        }
        for (Node child : of(root)) {
            Node found = find(child, test, descend);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void add(List<Node> out, Node... nodes) {
        for (Node n : nodes) {
            if (n != null) {
                out.add(n);
            }
        }
    }

    private static void expression(Expression e, List<Node> out) {
        if (e instanceof Expression.TemplateLiteral t) {
            out.addAll(t.expressions());
        } else if (e instanceof Expression.ArrayLiteral a) {
            for (Expression el : a.elements()) {
                add(out, el);
            }
        } else if (e instanceof Expression.ObjectLiteral o) {
            out.addAll(o.properties());
        } else if (e instanceof Expression.FunctionLiteral f) {
            out.addAll(f.params());
            out.addAll(f.body());
        } else if (e instanceof Expression.Unary u) {
            add(out, u.operand());
        } else if (e instanceof Expression.Update u) {
            add(out, u.target());
        } else if (e instanceof Expression.Binary b) {
            add(out, b.left(), b.right());
        } else if (e instanceof Expression.Logical l) {
            add(out, l.left(), l.right());
        } else if (e instanceof Expression.Conditional c) {
            add(out, c.test(), c.consequent(), c.alternate());
        } else if (e instanceof Expression.Assign a) {
            add(out, a.target(), a.value());
        } else if (e instanceof Expression.Sequence s) {
            out.addAll(s.expressions());
        } else if (e instanceof Expression.Member m) {
            add(out, m.object());
        } else if (e instanceof Expression.Index i) {
            add(out, i.object(), i.key());
        } else if (e instanceof Expression.Call c) {
            add(out, c.callee());
            out.addAll(c.arguments());
        } else if (e instanceof Expression.New n) {
            add(out, n.callee());
            out.addAll(n.arguments());
        } else if (e instanceof Expression.OptionalChain c) {
            add(out, c.expression());
        } else if (e instanceof Expression.Spread sp) {
            add(out, sp.argument());
        } else if (e instanceof Expression.Yield y) {
            add(out, y.argument());
        } else if (e instanceof Expression.Await a) {
            add(out, a.argument());
        } else if (e instanceof Expression.NativeCall n) {
            out.addAll(n.arguments());
        } else if (e instanceof Expression.ObjectPattern p) {
            out.addAll(p.properties());
            add(out, p.rest());
        } else if (e instanceof Expression.ArrayPattern p) {
            for (Expression.PatternElement el : p.elements()) {
                add(out, el);
            }
            add(out, p.rest());
        } else if (e instanceof Expression.ClassLiteral c) {
            add(out, c.superClass(), c.constructor());
            out.addAll(c.members());
            add(out, c.instanceInitializer(), c.staticInitializer());
        } else if (e instanceof Expression.DefineField f) {
            add(out, f.receiver(), f.key(), f.value());
        } else if (e instanceof Expression.DefinePrivateMember d) {
            add(out, d.receiver(), d.key(), d.first(), d.second());
        } else if (e instanceof Expression.StaticBlock b) {
            add(out, b.body(), b.receiver());
        } else if (e instanceof Expression.InitializeFields f) {
            add(out, f.initializer(), f.receiver());
        } else if (e instanceof Expression.SuperCall c) {
            add(out, c.thisFunction(), c.newTarget(), c.receiver());
            out.addAll(c.arguments());
            add(out, c.fields());
        } else if (e instanceof Expression.SuperProperty p) {
            add(out, p.homeObject(), p.receiver(), p.key());
        }
    }

    private static void statement(Statement s, List<Node> out) {
        if (s instanceof Statement.VariableDeclaration d) {
            out.addAll(d.declarations());
        } else if (s instanceof Statement.FunctionDeclaration f) {
            add(out, f.function());
        } else if (s instanceof Statement.ClassDeclaration c) {
            add(out, c.cls());
        } else if (s instanceof Statement.ExpressionStatement e) {
            add(out, e.expression());
        } else if (s instanceof Statement.Block b) {
            out.addAll(b.body());
        } else if (s instanceof Statement.If i) {
            add(out, i.test(), i.consequent(), i.alternate());
        } else if (s instanceof Statement.While w) {
            add(out, w.test(), w.body());
        } else if (s instanceof Statement.DoWhile d) {
            add(out, d.body(), d.test());
        } else if (s instanceof Statement.With w) {
            add(out, w.object(), w.body());
        } else if (s instanceof Statement.For f) {
            add(out, f.init(), f.test(), f.update(), f.body());
        } else if (s instanceof Statement.ForIn f) {
            add(out, f.left(), f.right(), f.body());
        } else if (s instanceof Statement.ForOf f) {
            add(out, f.left(), f.right(), f.body());
        } else if (s instanceof Statement.Return r) {
            add(out, r.argument());
        } else if (s instanceof Statement.Throw t) {
            add(out, t.argument());
        } else if (s instanceof Statement.Try t) {
            add(out, t.block(), t.handler(), t.finalizer());
        } else if (s instanceof Statement.Switch sw) {
            add(out, sw.discriminant());
            out.addAll(sw.cases());
        } else if (s instanceof Statement.Labeled l) {
            add(out, l.body());
        }
    }
}

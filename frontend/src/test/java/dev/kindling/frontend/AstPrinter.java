/*
 * Prints an AST as compact S-expressions, so a test can state a parse as one readable line:
 * `a + b * c` prints as (+ a (* b c)).
 *
 * Assumes: nothing beyond the AST records. Guarantees: a stable, position-free rendering
 * (positions are tested separately, where they matter). Functions print their id and kind:
 * (function#1 f (a (= b 1)) ...body), (arrow#2 "" (x) ...), with "strict" when strict.
 */
package dev.kindling.frontend;

import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Expression.*;
import dev.kindling.frontend.ast.Node;
import dev.kindling.frontend.ast.Program;
import dev.kindling.frontend.ast.Statement;
import dev.kindling.frontend.ast.Statement.*;
import java.util.List;
import java.util.stream.Collectors;

final class AstPrinter {
    private AstPrinter() {
    }

    static String print(Program program) {
        return statements(program.body());
    }

    static String statements(List<Statement> body) {
        return body.stream().map(AstPrinter::print).collect(Collectors.joining(" "));
    }

    private static String list(String head, List<? extends Node> items) {
        StringBuilder sb = new StringBuilder("(").append(head);
        for (Node n : items) {
            sb.append(' ').append(print(n));
        }
        return sb.append(')').toString();
    }

    static String print(Node node) {
        if (node == null) {
            return "_";
        }
        if (node instanceof Statement s) {
            return statement(s);
        }
        if (node instanceof Expression e) {
            return expression(e);
        }
        if (node instanceof VariableDeclarator d) {
            return d.init() == null ? print(d.target()) : "(" + print(d.target()) + " " + print(d.init()) + ")";
        }
        if (node instanceof Param p) {
            return p.defaultValue() == null ? print(p.target()) : "(= " + print(p.target()) + " " + print(p.defaultValue()) + ")";
        }
        if (node instanceof Property p) {
            String key = p.computedKey() != null ? "[" + print(p.computedKey()) + "]" : quoteKey(p.name());
            if (p.shorthand()) {
                return "(shorthand " + key + ")";
            }
            return "(" + p.kind().name().toLowerCase() + " " + key + " " + print(p.value()) + ")";
        }
        if (node instanceof SwitchCase c) {
            return c.test() == null ? list("default", c.consequent()) : list("case " + print(c.test()), c.consequent());
        }
        if (node instanceof CatchClause c) {
            return "(catch " + print(c.param()) + " " + print(c.body()) + ")";
        }
        throw new IllegalArgumentException(node.toString());
    }

    private static String quoteKey(String name) {
        return name.matches("[A-Za-z_$][\\w$]*") ? name : quote(name);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String statement(Statement s) {
        if (s instanceof VariableDeclaration v) {
            return list(v.kind().name().toLowerCase(), v.declarations());
        }
        if (s instanceof FunctionDeclaration f) {
            return print(f.function());
        }
        if (s instanceof ExpressionStatement e) {
            return "(expr " + print(e.expression()) + ")";
        }
        if (s instanceof Block b) {
            return list("block", b.body());
        }
        if (s instanceof Empty) {
            return "(empty)";
        }
        if (s instanceof If i) {
            return "(if " + print(i.test()) + " " + print(i.consequent()) + (i.alternate() == null ? "" : " " + print(i.alternate())) + ")";
        }
        if (s instanceof While w) {
            return "(while " + print(w.test()) + " " + print(w.body()) + ")";
        }
        if (s instanceof DoWhile d) {
            return "(do " + print(d.body()) + " " + print(d.test()) + ")";
        }
        if (s instanceof For f) {
            return "(for " + print(f.init()) + " " + print(f.test()) + " " + print(f.update()) + " " + print(f.body()) + ")";
        }
        if (s instanceof ForIn f) {
            return "(for-in " + print(f.left()) + " " + print(f.right()) + " " + print(f.body()) + ")";
        }
        if (s instanceof ForOf f) {
            return "(for-of " + print(f.left()) + " " + print(f.right()) + " " + print(f.body()) + ")";
        }
        if (s instanceof Break b) {
            return b.label() == null ? "(break)" : "(break " + b.label() + ")";
        }
        if (s instanceof Continue c) {
            return c.label() == null ? "(continue)" : "(continue " + c.label() + ")";
        }
        if (s instanceof Return r) {
            return r.argument() == null ? "(return)" : "(return " + print(r.argument()) + ")";
        }
        if (s instanceof Throw t) {
            return "(throw " + print(t.argument()) + ")";
        }
        if (s instanceof Try t) {
            return "(try " + print(t.block()) + (t.handler() == null ? "" : " " + print(t.handler()))
                    + (t.finalizer() == null ? "" : " (finally " + print(t.finalizer()) + ")") + ")";
        }
        if (s instanceof Switch w) {
            return list("switch " + print(w.discriminant()), w.cases());
        }
        if (s instanceof Labeled l) {
            return "(label " + l.label() + " " + print(l.body()) + ")";
        }
        if (s instanceof Debugger) {
            return "(debugger)";
        }
        throw new IllegalArgumentException(s.toString());
    }

    private static String expression(Expression e) {
        if (e instanceof NumberLiteral n) {
            double v = n.value();
            return v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        if (e instanceof StringLiteral s) {
            return quote(s.value());
        }
        if (e instanceof TemplateLiteral t) {
            StringBuilder sb = new StringBuilder("(template ").append(quote(t.quasis().get(0)));
            for (int i = 0; i < t.expressions().size(); i++) {
                sb.append(' ').append(print(t.expressions().get(i))).append(' ').append(quote(t.quasis().get(i + 1)));
            }
            return sb.append(')').toString();
        }
        if (e instanceof BooleanLiteral b) {
            return Boolean.toString(b.value());
        }
        if (e instanceof NullLiteral) {
            return "null";
        }
        if (e instanceof Identifier i) {
            return i.name();
        }
        if (e instanceof This) {
            return "this";
        }
        if (e instanceof ArrayLiteral a) {
            return "(array" + a.elements().stream().map(x -> " " + (x == null ? "hole" : print(x))).collect(Collectors.joining()) + ")";
        }
        if (e instanceof ObjectLiteral o) {
            return list("object", o.properties());
        }
        if (e instanceof FunctionLiteral f) {
            String head = (f.kind() == FunctionKind.NORMAL ? "function" : f.kind().name().toLowerCase()) + "#" + f.id()
                    + " " + (f.name().isEmpty() ? "\"\"" : quoteKey(f.name())) + (f.selfBinding() ? " self" : "")
                    + (f.strict() ? " strict" : "") + " " + list("", f.params()).replace("( ", "(");
            return list(head, f.body());
        }
        if (e instanceof Unary u) {
            return "(" + u.op().name().toLowerCase().replace("minus", "-").replace("plus", "+")
                    .replace("bit_not", "~").replace("not", "!") + " " + print(u.operand()) + ")";
        }
        if (e instanceof Update u) {
            return "(" + (u.prefix() ? "pre" : "post") + (u.increment() ? "++ " : "-- ") + print(u.target()) + ")";
        }
        if (e instanceof Binary b) {
            return "(" + b.op().token + " " + print(b.left()) + " " + print(b.right()) + ")";
        }
        if (e instanceof Logical l) {
            String op = switch (l.op()) { case AND -> "&&"; case OR -> "||"; case NULLISH -> "??"; };
            return "(" + op + " " + print(l.left()) + " " + print(l.right()) + ")";
        }
        if (e instanceof Conditional c) {
            return "(? " + print(c.test()) + " " + print(c.consequent()) + " " + print(c.alternate()) + ")";
        }
        if (e instanceof Assign a) {
            String op = a.op() == AssignOp.ASSIGN ? "=" : a.op().binary != null ? a.op().binary.token + "="
                    : switch (a.op()) { case AND -> "&&="; case OR -> "||="; default -> "??="; };
            return "(" + op + " " + print(a.target()) + " " + print(a.value()) + ")";
        }
        if (e instanceof Sequence s) {
            return list(",", s.expressions());
        }
        if (e instanceof Member m) {
            return "(" + (m.optional() ? "?." : ".") + " " + print(m.object()) + " " + m.name() + ")";
        }
        if (e instanceof Index i) {
            return "(" + (i.optional() ? "?.[]" : "[]") + " " + print(i.object()) + " " + print(i.key()) + ")";
        }
        if (e instanceof Call c) {
            return list((c.optional() ? "?.call " : "call ") + print(c.callee()), c.arguments());
        }
        if (e instanceof New n) {
            return list("new " + print(n.callee()), n.arguments());
        }
        if (e instanceof OptionalChain c) {
            return "(chain " + print(c.expression()) + ")";
        }
        if (e instanceof NativeCall n) {
            return list("%" + n.name(), n.arguments());
        }
        throw new IllegalArgumentException(e.toString());
    }
}

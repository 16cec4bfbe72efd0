/*
 * Names the callee of a failed call in node's words ("o.m is not a function"), as V8's
 * CallPrinter does: it finds the call at the frame's current source position in the AST and
 * prints the callee expression — names and property chains as written, `(intermediate
 * value)` for anything else. It reads frames as JsFrames, so an optimized frame's failed
 * call is worded the same way.
 */
package dev.kindling.interpreter;

import dev.kindling.frontend.ast.Children;
import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Node;
import dev.kindling.frontend.ast.Statement;
import dev.kindling.runtime.Oddball;

final class CallPrinter {
    private CallPrinter() {
    }

    static String describeCallee(JsFrame frame) {
        Node call = nodeAt(frame, n -> n instanceof Expression.Call || n instanceof Expression.New);
        if (call instanceof Expression.Call c) {
            return print(c.callee());
        }
        if (call instanceof Expression.New n) {
            return print(n.callee());
        }
        return "(intermediate value)";
    }

    /**
     * V8's message for a value that cannot be iterated at the current position: "o is not
     * iterable" for for-of and array spread ("f is not a function or its return value is not
     * iterable" when o is a call or `new`); for a spread argument, "o is not iterable (cannot
     * read property undefined)" when `value` is undefined or null, else a fixed sentence.
     */
    static String notIterable(JsFrame frame, Object value) {
        if (frame != null) {
            int pos = position(frame);
            if (Children.find(root(frame), n -> n instanceof Expression.Yield y && y.delegate()
                    && y.argument().pos() == pos) != null) {
                // yield*: V8 names the value by its type, as a builtin taking an iterable does.
                return dev.kindling.runtime.PropertyAccess.describeWithType(value)
                        + " is not iterable (cannot read property Symbol(Symbol.iterator))";
            }
            Node call = Children.find(root(frame), n -> spreadsAt(n instanceof Expression.Call c ? c.arguments()
                    : n instanceof Expression.New nw ? nw.arguments() : java.util.List.of(), pos));
            if (call != null && Oddball.isNullish(value)) {
                return print(iteratedAt(frame)) + " is not iterable (cannot read property " + value + ")";
            }
            if (call != null) {
                return "Spread syntax requires ...iterable[Symbol.iterator] to be a function";
            }
        }
        Expression iterated = iteratedAt(frame);
        if (iterated instanceof Expression.Call c) {
            return print(c.callee()) + " is not a function or its return value is not iterable";
        }
        if (iterated instanceof Expression.New n) {
            return print(n.callee()) + " is not a function or its return value is not iterable";
        }
        return (iterated != null ? print(iterated) : "object") + " is not iterable";
    }

    /** `for await (x of v)` or an async generator's `yield* v` where v has no iterator method: "v is not async iterable". */
    static String notAsyncIterable(JsFrame frame, Object value) {
        Expression iterated = iteratedAt(frame);
        return (iterated != null ? print(iterated) : dev.kindling.runtime.PropertyAccess.describeWithType(value))
                + " is not async iterable";
    }

    /** The expression a for-of or an array spread iterates at the current position, or null. */
    private static Expression iteratedAt(JsFrame frame) {
        if (frame == null) {
            return null;
        }
        int pos = position(frame);
        Node loop = Children.find(root(frame), n -> n instanceof Statement.ForOf f && f.right().pos() == pos);
        if (loop instanceof Statement.ForOf f) {
            return f.right();
        }
        Node spread = Children.find(root(frame), n -> n instanceof Expression.Spread sp && sp.argument().pos() == pos);
        return spread instanceof Expression.Spread sp ? sp.argument() : null;
    }

    private static boolean spreadsAt(java.util.List<Expression> arguments, int pos) {
        for (Expression a : arguments) {
            if (a instanceof Expression.Spread sp && sp.argument().pos() == pos) {
                return true;
            }
        }
        return false;
    }

    private static int position(JsFrame frame) {
        return frame.sourcePosition();
    }

    private static Node root(JsFrame frame) {
        return frame.function().shared().scopeNode();
    }

    private static Node nodeAt(JsFrame frame, java.util.function.Predicate<Node> kind) {
        int pos = position(frame);
        return Children.find(root(frame), n -> kind.test(n) && n.pos() == pos);
    }

    static String print(Expression e) {
        if (e instanceof Expression.Identifier id) {
            return id.name();
        }
        if (e instanceof Expression.This) {
            return "this";
        }
        if (e instanceof Expression.Member m) {
            return print(m.object()) + "." + m.name();
        }
        if (e instanceof Expression.Index i) {
            String key = i.key() instanceof Expression.StringLiteral s ? "\"" + s.value() + "\""
                    : i.key() instanceof Expression.NumberLiteral n ? dev.kindling.runtime.NumberToString.toString(n.value())
                    : print(i.key());
            return print(i.object()) + "[" + key + "]";
        }
        if (e instanceof Expression.Call c) {
            return print(c.callee()) + "(...)";
        }
        if (e instanceof Expression.StringLiteral s) {
            return "\"" + s.value() + "\"";
        }
        if (e instanceof Expression.NumberLiteral n) {
            return dev.kindling.runtime.NumberToString.toString(n.value());
        }
        if (e instanceof Expression.NullLiteral) {
            return "null";
        }
        if (e instanceof Expression.BooleanLiteral b) {
            return String.valueOf(b.value());
        }
        if (e instanceof Expression.Binary b) {
            return "(" + print(b.left()) + " " + b.op().token + " " + print(b.right()) + ")";
        }
        if (e instanceof Expression.Logical l) {
            String op = switch (l.op()) {
                case AND -> "&&";
                case OR -> "||";
                case NULLISH -> "??";
            };
            return "(" + print(l.left()) + " " + op + " " + print(l.right()) + ")";
        }
        if (e instanceof Expression.ObjectLiteral o) {
            return "{" + "(intermediate value)".repeat(o.properties().size()) + "}";
        }
        if (e instanceof Expression.ArrayLiteral a) {
            java.util.List<String> elements = new java.util.ArrayList<>();
            for (Expression el : a.elements()) {
                elements.add(el == null ? "" : print(el));
            }
            return "[" + String.join(",", elements) + "]";
        }
        return "(intermediate value)";
    }
}

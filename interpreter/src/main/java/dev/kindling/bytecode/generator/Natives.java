/*
 * `%Name(args)` under --allow-natives-syntax: checks the call against the one table of
 * natives (RuntimeFunction, entries marked callable from JS) and compiles it to
 * `CallRuntime [Name], rN-rM`.
 *
 * Errors are V8's, in V8's words and at V8's time: when the function containing the call is
 * compiled (lazily, on its first call, for inner functions; before anything runs, for the
 * top-level code), a SyntaxError "Name is not defined" for an unknown native and "Runtime
 * function given wrong number of arguments" for a bad argument count (of a native with a fixed
 * one; V8's variadic ones, -1 in the table, check at run time), with the caret under
 * the call's closing parenthesis as node shows it. Kindling differs in one respect: a
 * SyntaxError from a lazily compiled function ends the program (as a parse error does)
 * instead of being catchable at the call site.
 */
package dev.kindling.bytecode.generator;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.Register;
import dev.kindling.bytecode.RuntimeFunction;
import dev.kindling.frontend.ast.Expression;

import java.util.List;

final class Natives {
    private Natives() {}

    static void visitNativeCall(BytecodeGenerator g, ExpressionGenerator expressions, Expression.NativeCall n) {
        RuntimeFunction function = RuntimeFunction.lookupNative(n.name());
        if (function == null) {
            throw g.error(closingParen(g.source.text(), n.pos()), n.name() + " is not defined");
        }
        List<Expression> args = n.arguments();
        if (function.argumentCount() >= 0 && args.size() != function.argumentCount()) {
            throw g.error(closingParen(g.source.text(), n.pos()), "Runtime function given wrong number of arguments");
        }
        int list = args.isEmpty() ? Register.local(0) : g.registers.allocateList(args.size());
        for (int i = 0; i < args.size(); i++) {
            expressions.visitForAccumulator(args.get(i));
            g.builder.emit(Bytecode.Star, RegisterAllocator.nth(list, i));
        }
        g.builder.setExpressionPosition(n.pos());
        g.builder.emit(Bytecode.CallRuntime, function.ordinal(), list, args.size());
    }

    /**
     * The offset of the `)` that closes the native call starting at `pos` (the AST keeps only
     * start offsets): the first parenthesis back at depth zero, skipping string literals,
     * templates and comments.
     */
    static int closingParen(String text, int pos) {
        int depth = 0;
        for (int i = pos; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                for (i++; i < text.length() && text.charAt(i) != c; i++) {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return pos;
    }
}

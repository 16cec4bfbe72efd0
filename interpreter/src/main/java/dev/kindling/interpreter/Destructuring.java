/*
 * The run-time side of destructuring: the object rest copy, and node's words for a
 * destructuring that fails.
 *
 * The bytecode of a pattern is ordinary loads and GetIterator (bytecode/generator/
 * DestructuringGenerator), so a failure first surfaces as the error any load or iteration
 * makes: "Cannot read properties of null (reading 'a')", "x is not iterable". V8 words it
 * when the error is thrown (ErrorUtils::ThrowLoadFromNullOrUndefined, NewIteratorError): it
 * looks at the source position of the failing bytecode and, if that is a destructuring — the
 * first property of an object pattern, the GetIterator of an array pattern — says so:
 *
 *   const {a} = o        Cannot destructure property 'a' of 'o' as it is undefined.
 *   const {} = null      Cannot destructure 'null' as it is null.
 *   const [x] = o        o is not iterable
 *   [x] = 1              number 1 is not iterable (cannot read property Symbol(Symbol.iterator))
 *   function f({a}) {}   Cannot destructure property 'a' of 'undefined' as it is undefined.
 *
 * Kindling words both where they are thrown, as V8 does: the iteration's message hook
 * (InterpreterRuntime.notIterable) asks notIterableMessage first, and the realm's hook for a
 * load from null or undefined (Realm.LoadErrorMessage, which the loads' shared path in
 * PropertyAccess calls) asks loadFromNullOrUndefined. Nothing is reworded afterwards.
 *
 * The value is named by its source (CallPrinter) when the pattern has one; a parameter's
 * has none and is named by its type and value as V8 does ("object null", "number 1"); a
 * for-in/of head's and a catch clause's show V8's internal names `.for` and `.catch`. Which
 * case prints which follows node v20's behaviour, checked case by case.
 *
 * Assumes: the generator marks an object pattern's property loads at their targets, the
 * explicit null check at the pattern, and GetIterator at the value's start (declarations), at
 * `=` (assignments) or at the pattern (everywhere else).
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.Disassembler;
import dev.kindling.frontend.ast.Children;
import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Node;
import dev.kindling.frontend.ast.Pattern;
import dev.kindling.frontend.ast.Statement;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Operators;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.ThrowSite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

final class Destructuring {
    private static final String NO_ITERATOR = " is not iterable (cannot read property Symbol(Symbol.iterator))";

    private Destructuring() {
    }

    // ---- object rest ----------------------------------------------------------------------------

    /** CopyDataProperties (§7.3.25): source's own enumerable properties into target, but `excluded`. */
    static JSObject copyDataProperties(JSObject target, Object source, Set<Object> excluded) {
        if (source instanceof JSObject o) {
            for (Object key : o.ownPropertyKeys()) {
                int attrs = o.getOwnAttributes(key);
                if (attrs >= 0 && PropertyAttributes.isEnumerable(attrs) && !excluded.contains(key)) {
                    target.defineOwnProperty(key, o.get(key), PropertyAttributes.DEFAULT);
                }
            }
        } else if (source instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                String key = Integer.toString(i);
                if (!excluded.contains(key)) {
                    target.defineOwnProperty(key, String.valueOf(s.charAt(i)), PropertyAttributes.DEFAULT);
                }
            }
        }
        return target;
    }

    /** `{a, [k]: b, ...rest} = o`: args are o, then the keys the pattern took. */
    static JSObject restProperties(Realm realm, InterpreterFrame frame, Object[] args) {
        if (Oddball.isNullish(args[0])) {
            throw nonCoercible(frame, args[0]);
        }
        Set<Object> excluded = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            excluded.add(Conversions.toPropertyKey(args[i]));
        }
        return copyDataProperties(realm.newObject(), args[0], excluded);
    }

    // ---- errors ---------------------------------------------------------------------------------

    /** A place a pattern takes a value apart (V8 sees each as an assignment to the pattern). */
    private enum Kind { DECLARATION, ASSIGNMENT, PARAMETER, LOOP_HEAD, CATCH }

    /** value: the source expression destructured, null for parameters, loop heads and catch clauses. */
    private record Site(Pattern pattern, Expression value, Kind kind, int iteratorPosition) {}

    /** The TypeError of CallRuntime [ThrowPatternAssignmentNonCoercible]: an object pattern met null or undefined. */
    static JSException nonCoercible(InterpreterFrame frame, Object value) {
        int pos = position(frame);
        for (Site s : sites(frame)) {
            if (s.pattern() instanceof Expression.ObjectPattern o
                    && (o.pos() == pos || o.properties().isEmpty() && o.rest() != null && o.rest().pos() == pos)) {
                JSException e = JSException.typeError("Cannot destructure '" + callSite(s, value) + "' as it is " + value + ".");
                // node's caret goes to the value destructured
                e.recordThrowSite(new ThrowSite(source(frame), s.value() != null ? s.value().pos() : pos));
                return e;
            }
        }
        for (Site s : sites(frame)) {
            Expression.PatternProperty p = propertyWithTargetAt(s, pos);
            if (p != null && p.name() != null) {
                JSException e = JSException.typeError("Cannot destructure property '" + p.name() + "' of '"
                        + callSite(s, value) + "' as it is " + value + ".");
                e.recordThrowSite(new ThrowSite(source(frame), p.pos()));
                return e;
            }
        }
        return JSException.typeError("Cannot read properties of " + value);
    }

    /**
     * The not-iterable message of the GetIterator the frame is at, when that GetIterator is a
     * destructuring's (an array pattern, or a declaration node names by its initializer);
     * null for any other iteration, which CallPrinter words.
     */
    static String notIterableMessage(InterpreterFrame frame) {
        int offset = frame.bytecodeOffset;
        if (bytecodeAt(frame.bytecode, offset) != Bytecode.GetIterator) {
            return null;
        }
        Object value = frame.register(Disassembler.operands(frame.bytecode, offset)[0]);
        return notIterable(frame, position(frame), value);
    }

    /**
     * The words of a load from null or undefined, as it is thrown (Realm.LoadErrorMessage; V8's
     * ErrorUtils::ThrowLoadFromNullOrUndefined): when the frame's current bytecode is an object
     * pattern's first property load of that value, node names the pattern's property; any
     * other load says "Cannot read properties of ...".
     */
    static String loadFromNullOrUndefined(JsFrame frame, Object receiver, String keyText) {
        String pattern = frame == null ? null : destructuringLoadMessage(frame, receiver);
        return pattern != null ? pattern : Realm.cannotReadProperties(receiver, keyText);
    }

    private static String destructuringLoadMessage(JsFrame frame, Object receiver) {
        BytecodeArray bytecode = frame.function().shared().bytecode();
        int offset = frame.bytecodeOffset();
        Bytecode op = bytecodeAt(bytecode, offset);
        if (op != Bytecode.GetNamedProperty && op != Bytecode.GetKeyedProperty
                || frame instanceof InterpreterFrame f
                && f.register(Disassembler.operands(bytecode, offset)[0]) != receiver) {
            // Not this frame's load: a builtin's, or a getter's further in. (Optimized code's
            // frame is at a load only while it makes that load, from the register it names.)
            return null;
        }
        int pos = position(frame);
        for (Site s : sites(frame)) {
            if (s.pattern() instanceof Expression.ObjectPattern o && !o.properties().isEmpty()
                    && o.properties().get(0) == propertyWithTargetAt(s, pos)) {
                return "Cannot destructure property '" + o.properties().get(0).name() + "' of '"
                        + callSite(s, receiver) + "' as it is " + receiver + ".";
            }
        }
        return null;
    }

    /** The bytecode at `offset`, past a Wide/ExtraWide prefix. */
    private static Bytecode bytecodeAt(BytecodeArray bytecode, int offset) {
        Bytecode op = Bytecode.fromByte(bytecode.byteAt(offset));
        return op.isPrefix() ? Bytecode.fromByte(bytecode.byteAt(offset + 1)) : op;
    }

    /** The message for an array pattern's GetIterator at `pos` failing on `value`; null if none is there. */
    private static String notIterable(InterpreterFrame frame, int pos, Object value) {
        List<Site> sites = sites(frame);
        for (Site s : sites) {
            if (s.pattern() instanceof Expression.ArrayPattern && s.iteratorPosition() == pos) {
                return s.kind() == Kind.LOOP_HEAD ? ".for is not iterable" : defaultCallSite(value) + NO_ITERATOR;
            }
        }
        for (Site s : sites) {
            Expression.PatternProperty p = propertyWithTargetAt(s, pos);
            if (p != null && p.target() instanceof Expression.ArrayPattern) {
                return Oddball.isNullish(value)
                        ? "Cannot destructure property 'Symbol(Symbol.iterator)' of '" + callSite(s, value) + "' as it is " + value + "."
                        : callSite(s, value) + NO_ITERATOR;
            }
        }
        for (Site s : sites) {
            if (s.pattern() instanceof Expression.ArrayPattern && s.kind() == Kind.DECLARATION
                    && Children.find(s.value(), n -> n.pos() == pos, n -> !(n instanceof Expression.FunctionLiteral)) != null) {
                return declarationNotIterable(s.value(), value);
            }
        }
        if (arrayPatternAt(frame, pos)) {
            return defaultCallSite(value) + NO_ITERATOR; // nested in an array pattern
        }
        return null;
    }

    /**
     * `const [a] = init`: V8 names init when its AST position is its start (a name, a literal, a
     * call of a name) and falls back to the value's type otherwise.
     */
    private static String declarationNotIterable(Expression init, Object value) {
        if (init instanceof Expression.Call c && c.callee() instanceof Expression.Identifier) {
            return CallPrinter.print(c.callee()) + " is not a function or its return value is not iterable";
        }
        if (init instanceof Expression.New n) {
            return CallPrinter.print(n.callee()) + " is not a function or its return value is not iterable";
        }
        if (init instanceof Expression.Unary u && u.op() == Expression.UnaryOp.MINUS
                && u.operand() instanceof Expression.NumberLiteral) {
            return Conversions.toString(value) + " is not iterable";
        }
        boolean named = init instanceof Expression.Identifier || init instanceof Expression.This
                || init instanceof Expression.NumberLiteral || init instanceof Expression.StringLiteral
                || init instanceof Expression.BooleanLiteral || init instanceof Expression.NullLiteral
                || init instanceof Expression.ObjectLiteral || init instanceof Expression.ArrayLiteral;
        return named ? CallPrinter.print(init) + " is not iterable" : defaultCallSite(value) + NO_ITERATOR;
    }

    /** The property of site `s`'s (top-level) object pattern whose target, without a default, is at `pos`. */
    private static Expression.PatternProperty propertyWithTargetAt(Site s, int pos) {
        if (s.pattern() instanceof Expression.ObjectPattern o) {
            for (Expression.PatternProperty p : o.properties()) {
                if (p.defaultValue() == null && p.computedKey() == null && p.target().pos() == pos) {
                    return p;
                }
            }
        }
        return null;
    }

    /** How V8 names the value a site destructures. */
    private static String callSite(Site s, Object value) {
        return switch (s.kind()) {
            case DECLARATION, ASSIGNMENT -> CallPrinter.print(s.value());
            case LOOP_HEAD -> ".for";
            case CATCH -> ".catch";
            case PARAMETER -> defaultCallSite(value);
        };
    }

    /** V8's BuildDefaultCallSite: the value's type, then the value for primitives ("number 1", "object null"). */
    static String defaultCallSite(Object value) {
        String type = Operators.typeOf(value);
        if (value instanceof String s) {
            return type + " \"" + s + "\"";
        }
        if (value == Oddball.NULL || value instanceof Boolean || value instanceof Number) {
            return type + " " + Conversions.toString(value);
        }
        return type;
    }

    private static boolean arrayPatternAt(InterpreterFrame frame, int pos) {
        return Children.find(frame.function.shared().scopeNode(),
                n -> n instanceof Expression.ArrayPattern && n.pos() == pos) != null;
    }

    /** Every destructuring site of the frame's function, not looking into nested functions. */
    private static List<Site> sites(JsFrame frame) {
        List<Site> out = new ArrayList<>();
        Node root = frame.function().shared().scopeNode();
        if (root instanceof Expression.FunctionLiteral fn) {
            for (Expression.Param p : fn.params()) {
                if (!(p.target() instanceof Expression.Identifier)) {
                    out.add(new Site(p.target(), null, Kind.PARAMETER, p.target().pos()));
                }
            }
            for (Statement s : fn.body()) {
                collect(s, out);
            }
        } else {
            collect(root, out);
        }
        return out;
    }

    private static void collect(Node n, List<Site> out) {
        if (n instanceof Expression.FunctionLiteral) {
            return;
        }
        if (n instanceof Statement.VariableDeclarator d && isPattern(d.target())) {
            out.add(d.init() != null ? new Site(d.target(), d.init(), Kind.DECLARATION, -1)
                    : new Site(d.target(), null, Kind.LOOP_HEAD, d.target().pos()));
        } else if (n instanceof Expression.Assign a && isPattern(a.target())) {
            out.add(new Site((Pattern) a.target(), a.value(), Kind.ASSIGNMENT, a.pos()));
        } else if (n instanceof Statement.CatchClause c && c.param() != null && isPattern(c.param())) {
            out.add(new Site(c.param(), null, Kind.CATCH, c.param().pos()));
        }
        for (Node child : Children.of(n)) {
            collect(child, out);
        }
    }

    private static boolean isPattern(Node n) {
        return n instanceof Expression.ObjectPattern || n instanceof Expression.ArrayPattern;
    }

    private static int position(JsFrame frame) {
        return frame.function().shared().bytecode().sourcePositions().sourcePositionAt(frame.bytecodeOffset());
    }

    private static dev.kindling.frontend.ast.Source source(JsFrame frame) {
        return frame.function().shared().script().source();
    }
}

/*
 * Destructuring patterns (ECMA-262 §14.3.3, §13.15.5). The grammar parses every pattern with
 * the object and array literal rules — the spec's cover grammar, and how V8's parser reads
 * them too — and this class turns such a literal into an ObjectPattern or ArrayPattern once
 * the context says it is one: a declaration, parameter, catch or for-in/of binding
 * (`binding` mode: targets must be names), or the left side of `=` or a for-in/of head
 * (assignment mode: targets may also be `o.p` and `o[k]`).
 *
 * A literal that is no pattern gets node's words: "Invalid destructuring assignment target",
 * "Rest element must be last element", "Illegal property in declaration context", ...
 *
 * `{a = 1}` (a CoverInitializedName) is valid only inside a pattern, and a second `__proto__`
 * key only outside a literal. The literal builder records each as pending; turning its literal
 * into a pattern settles it, and whatever is still pending when its statement or function is
 * complete is reported ("Invalid shorthand property initializer"), as V8 reports it once the
 * expression cannot be a pattern any more.
 *
 * Assumes: the literals came from this AstBuilder, which recorded their source ranges.
 * Guarantees: a returned pattern's targets are Identifiers, nested patterns or (assignment
 * mode only) Member/Index references; each default value is the literal's own expression.
 */
package dev.kindling.frontend.parser;

import dev.kindling.frontend.ast.Expression;
import dev.kindling.frontend.ast.Expression.PatternElement;
import dev.kindling.frontend.ast.Expression.PatternProperty;
import dev.kindling.frontend.ast.Pattern;
import dev.kindling.frontend.grammar.JavaScriptParser.BindingTargetContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class PatternBuilder {
    private final AstBuilder b;
    /** Source range {offset, length} of every assignment expression built (for error carets). */
    private final Map<Expression, int[]> ranges = new IdentityHashMap<>();
    /** Expressions written in parentheses, with the range of the parentheses. */
    private final Map<Expression, int[]> parenthesized = new IdentityHashMap<>();
    /** Literals whose last element `...x` is followed by a comma (no pattern may end so). */
    private final Set<Expression> restBeforeComma = Collections.newSetFromMap(new IdentityHashMap<>());
    /** An early error that holds only if its node turns out not to be part of a pattern. */
    record PendingError(int offset, int length, String message) {}

    /**
     * The current function's pending errors: `{a = 1}` initializers, and literals with two
     * `__proto__` keys (allowed in a pattern, an error in a literal).
     */
    private Map<Expression, PendingError> pending = new IdentityHashMap<>();

    PatternBuilder(AstBuilder builder) {
        this.b = builder;
    }

    // ---- what the expression builders record ------------------------------------------------------

    void range(Expression e, int offset, int end) {
        ranges.putIfAbsent(e, new int[] {offset, end - offset});
    }

    void parenthesized(Expression e, int offset, int end) {
        parenthesized.put(e, new int[] {offset, end - offset});
    }

    boolean isParenthesized(Expression e) {
        return parenthesized.containsKey(e);
    }

    void restBeforeComma(Expression literal) {
        restBeforeComma.add(literal);
    }

    /** `{a = 1}`: the `a = 1` assignment standing for a shorthand with a default. */
    void coverInitializer(Expression.Assign initializer, int offset, int end) {
        pending.put(initializer, new PendingError(offset, end - offset, "Invalid shorthand property initializer"));
    }

    /** A literal with a second `__proto__: v` (Annex B §B.3.1): an error unless it is a pattern. */
    void duplicateProto(Expression literal, int offset, int length) {
        pending.put(literal, new PendingError(offset, length, "Duplicate __proto__ fields are not allowed in object literals"));
    }

    /** A function starts: its pending errors are checked on their own. Returns the outer ones. */
    Map<Expression, PendingError> enterFunction() {
        Map<Expression, PendingError> outer = pending;
        pending = new IdentityHashMap<>();
        return outer;
    }

    void exitFunction(Map<Expression, PendingError> outer) {
        pending = outer;
    }

    /** Throws the first pending error still there: its literal turned out to be no pattern. */
    void checkNoPendingErrors() {
        PendingError first = null;
        for (PendingError e : pending.values()) {
            if (first == null || e.offset() < first.offset()) {
                first = e;
            }
        }
        if (first != null) {
            throw b.error(first.offset(), first.length(), first.message());
        }
    }

    // ---- literals into patterns -------------------------------------------------------------------

    /** A declaration's, parameter's, catch clause's or for-in/of declaration's target. */
    Pattern binding(BindingTargetContext ctx) {
        if (ctx.identifier() != null) {
            return b.binding(ctx.identifier());
        }
        Expression literal = ctx.objectLiteral() != null
                ? b.objects.objectLiteral(ctx.objectLiteral()) : b.expressions.arrayLiteral(ctx.arrayLiteral());
        range(literal, b.text.offset(ctx), b.text.end(ctx.getStop()));
        return toPattern(literal, true);
    }

    /** The object or array literal left of `=` (or in a for-in/of head) as an assignment pattern. */
    Pattern assignmentPattern(Expression literal) {
        return toPattern(literal, false);
    }

    private Pattern toPattern(Expression literal, boolean binding) {
        if (literal instanceof Expression.ObjectLiteral o) {
            return objectPattern(o, binding);
        }
        return arrayPattern((Expression.ArrayLiteral) literal, binding);
    }

    private Pattern objectPattern(Expression.ObjectLiteral o, boolean binding) {
        pending.remove(o);
        List<PatternProperty> properties = new ArrayList<>();
        Pattern rest = null;
        List<Expression.Property> all = o.properties();
        for (int i = 0; i < all.size(); i++) {
            Expression.Property p = all.get(i);
            switch (p.kind()) {
                case SPREAD -> {
                    if (i != all.size() - 1 || restBeforeComma.contains(o)) {
                        int[] r = rangeOf(p.value());
                        throw b.error(r[0], r[1], "Rest element must be last element");
                    }
                    rest = restTarget(p.value(), binding);
                }
                case INIT -> {
                    Pattern target;
                    Expression defaultValue = null;
                    if (p.shorthand() && p.value() instanceof Expression.Assign cover) {
                        pending.remove(cover);
                        target = name((Expression.Identifier) cover.target());
                        defaultValue = cover.value();
                    } else if (p.shorthand()) {
                        target = name((Expression.Identifier) p.value());
                    } else {
                        PatternElement e = element(p.value(), binding);
                        target = e.target();
                        defaultValue = e.defaultValue();
                    }
                    properties.add(new PatternProperty(p.pos(), p.name(), p.computedKey(), target, defaultValue));
                }
                default -> throw b.error(p.pos(), 1, "Invalid destructuring assignment target");
            }
        }
        return new Expression.ObjectPattern(o.pos(), properties, rest);
    }

    private Pattern arrayPattern(Expression.ArrayLiteral a, boolean binding) {
        List<PatternElement> elements = new ArrayList<>();
        Pattern rest = null;
        List<Expression> all = a.elements();
        for (int i = 0; i < all.size(); i++) {
            Expression e = all.get(i);
            if (e == null) {
                elements.add(null);
            } else if (e instanceof Expression.Spread s) {
                int[] r = rangeOf(s.argument());
                int length = r[0] + r[1] - s.pos();
                if (i != all.size() - 1 || restBeforeComma.contains(a)) {
                    throw b.error(s.pos(), length, "Rest element must be last element");
                }
                if (s.argument() instanceof Expression.Assign && !isParenthesized(s.argument())) {
                    throw b.error(s.pos(), length, "Invalid destructuring assignment target");
                }
                rest = target(s.argument(), binding);
            } else {
                elements.add(element(e, binding));
            }
        }
        return new Expression.ArrayPattern(a.pos(), elements, rest);
    }

    /** `target` or `target = default` (an assignment the literal already holds). */
    private PatternElement element(Expression value, boolean binding) {
        if (value instanceof Expression.Assign a && a.op() == Expression.AssignOp.ASSIGN && !isParenthesized(a)) {
            Pattern target = a.target() instanceof Pattern p && !(a.target() instanceof Expression.Identifier)
                    ? checked(p, binding) : target(a.target(), binding);
            return new PatternElement(a.target().pos(), target, a.value());
        }
        return new PatternElement(value.pos(), target(value, binding), null);
    }

    /** The target of one element or property (no default). */
    private Pattern target(Expression e, boolean binding) {
        int[] parens = parenthesized.get(e);
        if (e instanceof Expression.Identifier id && (parens == null || !binding)
                && !id.name().equals(Expression.ClassLiteral.NEW_TARGET)) {
            return name(id);
        }
        if ((e instanceof Expression.ObjectLiteral || e instanceof Expression.ArrayLiteral) && parens == null) {
            return toPattern(e, binding);
        }
        if ((e instanceof Expression.Member || e instanceof Expression.Index) && !binding) {
            return (Pattern) e;
        }
        int[] r = parens != null ? parens : rangeOf(e);
        throw b.error(r[0], r[1], binding && (e instanceof Expression.Member || e instanceof Expression.Index)
                ? "Illegal property in declaration context" : "Invalid destructuring assignment target");
    }

    /** `...x` of an object pattern: a name in a declaration, any simple reference in an assignment. */
    private Pattern restTarget(Expression e, boolean binding) {
        if (e instanceof Expression.ObjectLiteral || e instanceof Expression.ArrayLiteral) {
            int[] r = rangeOf(e);
            throw b.error(r[0], r[1], binding ? "`...` must be followed by an identifier in declaration contexts"
                    : "`...` must be followed by an assignable reference in assignment contexts");
        }
        return target(e, binding);
    }

    private Expression.Identifier name(Expression.Identifier id) {
        b.checkEvalOrArguments(id);
        return id;
    }

    /**
     * A nested `{...} = d` inside a literal was already made an assignment pattern when its `=`
     * was built; in a declaration its targets must still be names.
     */
    private Pattern checked(Pattern p, boolean binding) {
        if (!binding) {
            return p;
        }
        for (Pattern t : Pattern.targets(p)) {
            if (t instanceof Expression.Member || t instanceof Expression.Index) {
                int[] r = rangeOf((Expression) t);
                throw b.error(r[0], r[1], "Illegal property in declaration context");
            }
        }
        return p;
    }

    private int[] rangeOf(Expression e) {
        int[] r = ranges.get(e);
        if (r != null) {
            return r;
        }
        int length = e instanceof Expression.Identifier id ? id.name().length() : 1;
        return new int[] {e.pos(), length};
    }
}

/*
 * A binding or assignment target: what can stand left of `=` in a declaration, a parameter, a
 * catch clause, a for-in/of head or an assignment. A name; an object or array destructuring
 * pattern (whose targets are Patterns again); and, in assignments only, a property reference
 * `o.p` or `o[k]` (the parser rejects those in declarations).
 */
package dev.kindling.frontend.ast;

import java.util.ArrayList;
import java.util.List;

public sealed interface Pattern extends Node permits Expression.Identifier, Expression.ObjectPattern,
        Expression.ArrayPattern, Expression.Member, Expression.Index {

    /**
     * The leaf targets of `p` in source order: its names and property references, looking
     * through nested patterns (for a binding pattern these are ECMA-262's BoundNames).
     */
    static List<Pattern> targets(Pattern p) {
        List<Pattern> out = new ArrayList<>();
        collectTargets(p, out);
        return out;
    }

    /** The names `p` binds, in source order. */
    static List<Expression.Identifier> boundNames(Pattern p) {
        List<Expression.Identifier> names = new ArrayList<>();
        for (Pattern t : targets(p)) {
            if (t instanceof Expression.Identifier id) {
                names.add(id);
            }
        }
        return names;
    }

    private static void collectTargets(Pattern p, List<Pattern> out) {
        if (p instanceof Expression.ObjectPattern o) {
            for (Expression.PatternProperty prop : o.properties()) {
                collectTargets(prop.target(), out);
            }
            if (o.rest() != null) {
                collectTargets(o.rest(), out);
            }
        } else if (p instanceof Expression.ArrayPattern a) {
            for (Expression.PatternElement e : a.elements()) {
                if (e != null) {
                    collectTargets(e.target(), out);
                }
            }
            if (a.rest() != null) {
                collectTargets(a.rest(), out);
            }
        } else {
            out.add(p);
        }
    }
}

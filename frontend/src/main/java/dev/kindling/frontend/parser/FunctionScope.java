/*
 * What the AST builder tracks per function while it builds that function's body: whether the
 * code is strict, and which labels, loops and switches enclose the current statement, for the
 * early errors of break and continue (ECMA-262 §14.8, §14.9, §14.13.1).
 *
 * Labels and loops do not cross function boundaries, so each function literal gets a fresh
 * FunctionScope; only strictness is inherited (§11.2.2).
 */
package dev.kindling.frontend.parser;

import java.util.ArrayList;
import java.util.List;

final class FunctionScope {
    /** A label in force around the statement being built; `iteration` if it labels a loop. */
    record Label(String name, boolean iteration) {}

    /**
     * What `super` may do in a function (ECMA-262 §15.7.1 early errors): `super.x` in class
     * methods, field initializers and constructors (`isStatic` picks the static home object),
     * `super(...)` only in a derived constructor; `fields` says the class has instance fields
     * for super() to initialize. Arrows inherit their outer function's.
     */
    record SuperContext(boolean property, boolean isStatic, boolean call, boolean fields) {
        static final SuperContext NONE = new SuperContext(false, false, false, false);
    }

    final FunctionScope outer;
    final boolean strict;
    SuperContext superContext = SuperContext.NONE;
    /** A generator's parameters and body, where `yield` is a keyword and never a name (§15.5.1). */
    boolean generator;
    /** An async function's parameters and body, where `await` is an operator and never a name (§15.8.1). */
    boolean async;
    /** While the function's parameters are built (await there is an early error, §15.8.1). */
    boolean inParameters;
    final List<Label> labels = new ArrayList<>();
    /** Enclosing loops and switches (targets of a plain `break`). */
    int breakableDepth;
    /** Enclosing loops (targets of a plain `continue`). */
    int iterationDepth;

    FunctionScope(FunctionScope outer, boolean strict) {
        this.outer = outer;
        this.strict = strict;
    }

    Label findLabel(String name) {
        for (int i = labels.size() - 1; i >= 0; i--) {
            if (labels.get(i).name().equals(name)) {
                return labels.get(i);
            }
        }
        return null;
    }
}

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

    final FunctionScope outer;
    final boolean strict;
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

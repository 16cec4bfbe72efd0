/*
 * A declared name and where it lives at run time, as decided by scope analysis.
 *
 * Location follows V8's VariableLocation: a PARAMETER stays in its argument register (a0...),
 * a LOCAL gets a register of its function's frame (r0...), a CONTEXT variable — one that an
 * inner function captures — lives in a slot of a heap-allocated Context so the closure can
 * reach it after the frame is gone. Names that resolve to no declaration are globals and
 * have no Variable at all.
 */
package dev.kindling.frontend.scope;

public final class Variable {
    public enum Kind {
        VAR, LET, CONST, PARAMETER, FUNCTION, CATCH,
        /** The name of a named function expression, visible (read-only) in its own body. */
        FUNCTION_SELF,
        /** The implicit `this` of a non-arrow function (context-allocated if an arrow uses it). */
        THIS,
        /** The implicit `arguments` object of a non-arrow function, declared when first referenced. */
        ARGUMENTS,
        /** A class scope's hidden variables: its home objects and its field initializer (see ClassLiteral). */
        CLASS_INTERNAL,
        /** A non-arrow function's new.target (V8's .new.target), declared when first referenced. */
        NEW_TARGET,
        /** A non-arrow function's own closure (V8's .this_function), for super(); declared when first referenced. */
        THIS_FUNCTION
    }

    public enum Location { PARAMETER, LOCAL, CONTEXT, UNALLOCATED }

    private final String name;
    private final Kind kind;
    private final Scope scope;
    /** Offset just past the declaration (its initializer included), for hole-check elision. */
    private final int declarationEnd;
    private final int parameterIndex;
    private boolean captured;
    /** Assigned somewhere after its declaration (V8's maybe_assigned). */
    private boolean assigned;
    private Location location = Location.UNALLOCATED;
    private int index = -1;

    Variable(String name, Kind kind, Scope scope, int declarationEnd, int parameterIndex) {
        this.name = name;
        this.kind = kind;
        this.scope = scope;
        this.declarationEnd = declarationEnd;
        this.parameterIndex = parameterIndex;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public Scope scope() {
        return scope;
    }

    public int declarationEnd() {
        return declarationEnd;
    }

    /** For a PARAMETER, its 0-based position (a0 is 0). */
    public int parameterIndex() {
        return parameterIndex;
    }

    /** True once a reference from an inner function was seen. */
    public boolean isCaptured() {
        return captured;
    }

    void markCaptured() {
        captured = true;
    }

    /**
     * True if some assignment (`=`, compound, ++/--, a for-in/of head) may change the variable
     * after its initialization. Never-assigned context variables load with the Immutable
     * bytecodes, as in V8.
     */
    public boolean isMaybeAssigned() {
        return assigned;
    }

    void markAssigned() {
        assigned = true;
    }

    public Location location() {
        return location;
    }

    /** Register number for LOCAL, context slot for CONTEXT, argument index for PARAMETER. */
    public int index() {
        return index;
    }

    void allocate(Location location, int index) {
        this.location = location;
        this.index = index;
    }

    /** let, const and class bindings start in the temporal dead zone (hold the_hole). */
    public boolean isLexical() {
        return kind == Kind.LET || kind == Kind.CONST;
    }

    /** const bindings and a function expression's own name cannot be assigned. */
    public boolean isImmutable() {
        return kind == Kind.CONST || kind == Kind.FUNCTION_SELF;
    }

    @Override
    public String toString() {
        return name + "(" + kind + " " + location + " " + index + ")";
    }
}

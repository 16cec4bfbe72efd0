/*
 * V8's oddballs that are not booleans: `undefined`, `null`, and the internal `the_hole`.
 *
 * Each is a singleton compared by identity. `the_hole` never escapes to JS code: it marks a
 * let/const binding in its temporal dead zone and a missing array element (a hole). Booleans
 * stay java.lang.Boolean (TRUE/FALSE singletons), as DESIGN.md fixes.
 */
package dev.kindling.runtime;

public final class Oddball {
    public static final Oddball UNDEFINED = new Oddball("undefined");
    public static final Oddball NULL = new Oddball("null");
    public static final Oddball THE_HOLE = new Oddball("the_hole");

    private final String name;

    private Oddball(String name) {
        this.name = name;
    }

    /** True for undefined and null: the values `x == null` accepts and `?.` / `??` test. */
    public static boolean isNullish(Object value) {
        return value == UNDEFINED || value == NULL;
    }

    @Override
    public String toString() {
        return name;
    }
}

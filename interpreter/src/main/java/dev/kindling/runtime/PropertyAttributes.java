/*
 * The attribute bits of a property, as in ECMA-262 §6.1.7.1. A property whose ACCESSOR bit is
 * set stores an AccessorPair in its slot instead of a value; WRITABLE is then meaningless.
 */
package dev.kindling.runtime;

public final class PropertyAttributes {
    public static final int WRITABLE = 1;
    public static final int ENUMERABLE = 2;
    public static final int CONFIGURABLE = 4;
    public static final int ACCESSOR = 8;

    /** What `o.x = 1` and object literals create: writable, enumerable, configurable. */
    public static final int DEFAULT = WRITABLE | ENUMERABLE | CONFIGURABLE;
    /** Builtin methods and prototype.constructor: writable, configurable, not enumerable. */
    public static final int HIDDEN = WRITABLE | CONFIGURABLE;

    private PropertyAttributes() {
    }

    public static boolean isWritable(int attributes) {
        return (attributes & WRITABLE) != 0;
    }

    public static boolean isEnumerable(int attributes) {
        return (attributes & ENUMERABLE) != 0;
    }

    public static boolean isConfigurable(int attributes) {
        return (attributes & CONFIGURABLE) != 0;
    }

    public static boolean isAccessor(int attributes) {
        return (attributes & ACCESSOR) != 0;
    }
}

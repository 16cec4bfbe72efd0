/*
 * A Context: the heap-allocated variables of one scope that closures capture (V8's Context).
 * Slots 0 and 1 are the header in V8 (scope info, previous context); here the scope and the
 * parent are fields and slots 0-1 stay unused, so slot numbers match V8's in the bytecode.
 * New slots hold undefined; the generator stores the hole into let/const slots itself.
 *
 * The context of a function that calls eval directly in sloppy mode may also have an
 * extension (V8's context extension object): the var bindings eval code declared in that
 * function at run time, by name, which the LookupSlot bytecodes search (see DirectEval).
 *
 * A with context (V8's, made by CreateWithContext for a `with` statement's body) has no
 * variables: its withObject is the object whose properties the LookupSlot bytecodes find
 * first (ECMA-262's object Environment Record with withEnvironment true).
 */
package dev.kindling.interpreter;

import dev.kindling.frontend.scope.Scope;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;

import java.util.Arrays;

public final class Context {
    private final Context parent;
    private final Scope scope;
    final Object[] slots;
    /** A with context's binding object; null for any other context. */
    private final JSObject withObject;

    public Context(Context parent, Scope scope, int slotCount) {
        this(parent, scope, slotCount, null);
    }

    /** A with context for `with (object)` (scope: the with statement's), or any other if object is null. */
    Context(Context parent, Scope scope, int slotCount, JSObject withObject) {
        this.parent = parent;
        this.scope = scope;
        this.withObject = withObject;
        this.slots = new Object[slotCount];
        Arrays.fill(slots, Oddball.UNDEFINED);
    }

    /** A with context's binding object, or null. */
    JSObject withObject() {
        return withObject;
    }

    /** Bindings a sloppy direct eval added to this function's scope, by name; null until the first. */
    private java.util.Map<String, Object> extension;

    /** The extension's binding `name`, or null if it has none. */
    Object extensionValue(String name) {
        return extension == null ? null : extension.get(name);
    }

    boolean extensionHas(String name) {
        return extension != null && extension.containsKey(name);
    }

    /** Sets (or adds) the extension's binding `name`. */
    void setExtension(String name, Object value) {
        if (extension == null) {
            extension = new java.util.HashMap<>();
        }
        extension.put(name, value);
    }

    /** Removes the extension's binding `name` (an eval's var is deletable). */
    void removeExtension(String name) {
        if (extension != null) {
            extension.remove(name);
        }
    }

    public Context parent() {
        return parent;
    }

    public Scope scope() {
        return scope;
    }

    public Object get(int slot) {
        return slots[slot];
    }

    public void set(int slot, Object value) {
        slots[slot] = value;
    }

    /** The context `depth` levels up (0 is this one). */
    public Context up(int depth) {
        Context c = this;
        for (int i = 0; i < depth; i++) {
            c = c.parent;
        }
        return c;
    }
}

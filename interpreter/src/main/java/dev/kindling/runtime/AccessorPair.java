/*
 * The value stored in the slot of an accessor property: its getter and setter functions
 * (either may be null). V8 calls this an AccessorPair too.
 */
package dev.kindling.runtime;

public final class AccessorPair {
    public JSFunction getter;
    public JSFunction setter;

    public AccessorPair(JSFunction getter, JSFunction setter) {
        this.getter = getter;
        this.setter = setter;
    }
}

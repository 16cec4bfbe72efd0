/*
 * What a private name does as a property key (ECMA-262 §7.3.26-31: PrivateFieldAdd,
 * PrivateMethodOrAccessorAdd, PrivateGet, PrivateSet, and `#x in o`), with node's errors.
 *
 * A private name is a JSSymbol marked private. Kindling keeps every private element on the
 * object it belongs to, under its private name: a field as a writable data property, a method
 * as a read-only one, an accessor as an accessor property; static elements live on the class.
 * The lookup is own-only (never the prototype chain), and no reflection lists the key
 * (JSObject.ownSymbolKeys skips it), so the property is reachable only by code that can name
 * `#x`. Where V8 gives an instance one brand and keeps the methods in the class's context,
 * Kindling installs each method on the instance; the presence of that property is the brand
 * check, and its absence words V8's brand error ("Receiver must be an instance of class A").
 *
 * Assumes: callers route every keyed access whose key is a private name here before any IC
 * or prototype lookup (PropertyAccess.getKeyed/setKeyed, the keyed ICs, Operators.hasProperty,
 * field definition). Guarantees: node's TypeError for every refusal; never a prototype walk.
 */
package dev.kindling.runtime;

public final class PrivateNames {
    private PrivateNames() {
    }

    public static boolean isPrivate(Object key) {
        return key instanceof JSSymbol s && s.isPrivate();
    }

    /** PrivateGet: `receiver.#x`. */
    public static Object get(Realm realm, Object receiver, JSSymbol name) {
        JSSymbol.PrivateName facts = name.privateName();
        JSObject o = own(receiver, name);
        if (o == null) {
            if (Oddball.isNullish(receiver)) {
                throw JSException.typeError("Cannot read properties of " + receiver + " (reading '"
                        + (facts.kind() == JSSymbol.PrivateKind.FIELD ? name.description() : facts.className()) + "')");
            }
            throw facts.kind() == JSSymbol.PrivateKind.FIELD
                    ? JSException.typeError("Cannot read private member " + name.description()
                            + " from an object whose class did not declare it")
                    : brandError(facts);
        }
        Object raw = o.getOwnRaw(name);
        if (raw instanceof AccessorPair pair) {
            if (pair.getter == null) {
                throw JSException.typeError("'" + name.description() + "' was defined without a getter");
            }
            return pair.getter.call(receiver, JSFunction.NO_ARGS);
        }
        return raw;
    }

    /** PrivateSet: `receiver.#x = value`. */
    public static void set(Object receiver, JSSymbol name, Object value) {
        JSSymbol.PrivateName facts = name.privateName();
        JSObject o = own(receiver, name);
        if (o == null) {
            if (Oddball.isNullish(receiver)) {
                throw JSException.typeError("Cannot " + (facts.kind() == JSSymbol.PrivateKind.FIELD
                        ? "set properties of " + receiver + " (setting '" + name.description() + "')"
                        : "read properties of " + receiver + " (reading '" + facts.className() + "')"));
            }
            throw facts.kind() == JSSymbol.PrivateKind.FIELD
                    ? JSException.typeError("Cannot write private member " + name.description()
                            + " to an object whose class did not declare it")
                    : brandError(facts);
        }
        Object raw = o.getOwnRaw(name);
        if (raw instanceof AccessorPair pair) {
            if (pair.setter == null) {
                throw JSException.typeError("'" + name.description() + "' was defined without a setter");
            }
            pair.setter.call(receiver, new Object[] {value});
            return;
        }
        if (facts.kind() == JSSymbol.PrivateKind.METHOD) {
            throw JSException.typeError("Private method '" + name.description() + "' is not writable");
        }
        o.defineOwnProperty(name, value, PropertyAttributes.WRITABLE);
    }

    /** `#x in object`: whether object has the element (for a method, the brand). */
    public static boolean has(JSSymbol name, Object object) {
        if (!(object instanceof JSObject o)) {
            throw JSException.typeError("Cannot use 'in' operator to search for '" + name.description() + "' in "
                    + Conversions.toString(object));
        }
        return o.getOwnAttributes(name) >= 0;
    }

    /**
     * PrivateFieldAdd / PrivateMethodOrAccessorAdd: defines `#x` on a new instance (or the class).
     * `value` is the field's value or method, or an AccessorPair for an accessor.
     */
    public static void define(Object receiver, JSSymbol name, Object value) {
        JSObject o = (JSObject) receiver;
        JSSymbol.PrivateName facts = name.privateName();
        if (o.getOwnAttributes(name) >= 0) {
            throw JSException.typeError(facts.kind() == JSSymbol.PrivateKind.FIELD
                    ? "Cannot initialize " + name.description() + " twice on the same object"
                    : "Cannot initialize private methods of class " + facts.className() + " twice on the same object");
        }
        switch (facts.kind()) {
            case FIELD -> o.defineOwnProperty(name, value, PropertyAttributes.WRITABLE);
            case METHOD -> o.defineOwnProperty(name, value, 0);
            case ACCESSOR -> o.defineOwnProperty(name, value, PropertyAttributes.ACCESSOR);
        }
    }

    /** The object holding `#x` itself, or null (a static method's check fails on any other receiver). */
    private static JSObject own(Object receiver, JSSymbol name) {
        if (receiver instanceof JSObject o && o.getOwnAttributes(name) >= 0) {
            return o;
        }
        JSSymbol.PrivateName facts = name.privateName();
        if (facts.isStatic() && facts.kind() != JSSymbol.PrivateKind.FIELD) {
            throw brandError(facts);
        }
        return null;
    }

    /** V8's brand check failure. */
    private static JSException brandError(JSSymbol.PrivateName facts) {
        return JSException.typeError(facts.isStatic()
                ? "Receiver must be class " + facts.className()
                : "Receiver must be an instance of class " + facts.className());
    }
}

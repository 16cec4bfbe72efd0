/*
 * A value's text for an error message, had without running any JS: V8's
 * Object::NoSideEffectsToMaybeString (src/objects/objects.cc), the words inside
 * "Cannot read properties of null (reading '…')".
 *
 * Why it exists: `null[key]`, `null[key] op= v` and `undefined[key]++` throw their TypeError
 * before the key is converted (ECMA-262 evaluates the base's RequireObjectCoercible first,
 * then ToPropertyKey), so the message must not call the key's toString or valueOf. V8 names
 * the key only when it can print it without side effects and otherwise leaves the
 * parenthesis out ("Cannot read properties of null").
 *
 * What it prints (V8's rules, checked against node 20):
 *   - a primitive: its string ('k', '1.5', 'true', 'null', 'Symbol(s)');
 *   - a function: its source text;
 *   - an Error, or an object whose toString is %Error.prototype.toString%: "Name: message",
 *     from data properties only;
 *   - an object whose toString is %Object.prototype.toString%: "#<Ctor>", Ctor the name of
 *     its `constructor` data property ("#<Object>", "#<Map>", "#<C>");
 *   - anything else (an array, a Date, a boxed string, an object with its own toString, one
 *     with a getter in the way, Object.create(null)): null, no text.
 * Lookups read data properties along the prototype chain and never call an accessor.
 */
package dev.kindling.runtime;


public final class NoSideEffectsToString {
    private NoSideEffectsToString() {
    }

    /** The text of `value`, or null when it cannot be had without running JS. */
    public static String of(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof JSSymbol symbol) {
            return symbol.toString();
        }
        if (!(value instanceof JSObject object)) {
            return Conversions.toString(value);
        }
        if (object instanceof JSFunction fn) {
            return fn instanceof HasSourceText source ? source.sourceText()
                    : "function " + fn.debugName() + "() { [native code] }";
        }
        Object toString = dataProperty(object, "toString");
        Realm realm = toString instanceof BuiltinFunction builtin ? builtin.realm() : null;
        if (object instanceof JSError || realm != null && toString == realm.errorToString()) {
            return errorText(object);
        }
        if (realm != null && toString == realm.objectToString()) {
            return "#<" + constructorName(object) + ">";
        }
        return null;
    }

    /** "Name: message" from data properties, as Error.prototype.toString words it. */
    private static String errorText(JSObject error) {
        String name = dataProperty(error, "name") instanceof String s ? s : "Error";
        String message = dataProperty(error, "message") instanceof String s ? s : "";
        if (name.isEmpty()) {
            return message;
        }
        return message.isEmpty() ? name : name + ": " + message;
    }

    private static String constructorName(JSObject object) {
        if (dataProperty(object, "constructor") instanceof JSFunction ctor
                && dataProperty(ctor, "name") instanceof String name && !name.isEmpty()) {
            return name;
        }
        return "Object";
    }

    /**
     * [[Get]] restricted to data properties (V8's JSReceiver::GetDataProperty): the value of
     * the first `key` on the chain, or null when it is absent or an accessor.
     */
    private static Object dataProperty(JSObject object, String key) {
        for (JSObject o = object; o != null; o = o.getPrototype()) {
            int attributes = o.getOwnAttributes(key);
            if (attributes >= 0) {
                return PropertyAttributes.isAccessor(attributes) ? null : o.getOwnRaw(key);
            }
        }
        return null;
    }
}

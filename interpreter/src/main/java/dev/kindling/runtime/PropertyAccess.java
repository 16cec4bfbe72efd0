/*
 * Property access on any JS value — the generic (megamorphic, IC-less) paths behind
 * GetNamedProperty, SetNamedProperty, GetKeyedProperty, SetKeyedProperty and DeletePropery.
 *
 * Primitives read through their prototype (a string's "length" and indices are its own);
 * undefined and null throw node's TypeErrors, worded by the realm for where they are thrown
 * (a destructuring names its pattern's property). Writes that the object refuses are silent in
 * sloppy code and TypeErrors in strict code (ECMA-262 PutValue step 6.c).
 */
package dev.kindling.runtime;

public final class PropertyAccess {
    private PropertyAccess() {
    }

    /** `receiver.key` for a property key (a String or a JSSymbol). */
    public static Object getNamed(Realm realm, Object receiver, Object key) {
        if (receiver instanceof JSObject o) {
            return o.get(key);
        }
        if (receiver instanceof String s) {
            if (key.equals("length")) {
                return s.length();
            }
            long index = ArrayIndex.parse(key);
            if (index >= 0) {
                return index < s.length() ? String.valueOf(s.charAt((int) index)) : Oddball.UNDEFINED;
            }
            return realm.stringPrototype().get(key, receiver);
        }
        if (receiver instanceof Integer || receiver instanceof Double) {
            return realm.numberPrototype().get(key, receiver);
        }
        if (receiver instanceof Boolean) {
            return realm.booleanPrototype().get(key, receiver);
        }
        if (receiver instanceof JSSymbol) {
            return realm.symbolPrototype().get(key, receiver);
        }
        throw realm.loadFromNullOrUndefined(receiver, key);
    }

    /** `receiver[key]` for any key value; int keys on arrays and strings skip the string form. */
    public static Object getKeyed(Realm realm, Object receiver, Object key) {
        if (key instanceof JSSymbol s && s.isPrivate()) {
            return PrivateNames.get(realm, receiver, s);
        }
        if (key instanceof Integer i) {
            int index = i;
            if (receiver instanceof JSObject o) {
                return o.getElement(index);
            }
            if (receiver instanceof String s && index >= 0) {
                return index < s.length() ? String.valueOf(s.charAt(index)) : Oddball.UNDEFINED;
            }
        }
        if (Oddball.isNullish(receiver)) {
            throw realm.loadFromNullOrUndefined(receiver, key);
        }
        return getNamed(realm, receiver, Conversions.toPropertyKey(key));
    }

    /** `receiver.key = value`. */
    public static void setNamed(Object receiver, Object key, Object value, boolean strict) {
        if (receiver instanceof JSObject o) {
            if (!o.set(key, value) && strict) {
                throw readOnly(o, key);
            }
            return;
        }
        if (Oddball.isNullish(receiver)) {
            throw Realm.storeToNullOrUndefined(receiver, key);
        }
        if (strict && receiver instanceof String s && isOwnStringProperty(s, key)) {
            throw JSException.typeError("Cannot assign to read only property '" + key + "' of string '" + s + "'");
        }
        if (strict) {
            throw JSException.typeError("Cannot create property '" + key + "' on "
                    + Operators.typeOf(receiver) + " '"
                    + (receiver instanceof JSSymbol ? receiver : Conversions.toString(receiver)) + "'");
        }
    }

    /** `receiver[key] = value`. */
    public static void setKeyed(Object receiver, Object key, Object value, boolean strict) {
        if (key instanceof JSSymbol s && s.isPrivate()) {
            PrivateNames.set(receiver, s, value);
            return;
        }
        if (key instanceof Integer i && receiver instanceof JSObject o) {
            if (!o.setElement(i, value) && strict) {
                throw readOnly(o, Integer.toString(i));
            }
            return;
        }
        if (Oddball.isNullish(receiver)) {
            throw Realm.storeToNullOrUndefined(receiver, key);
        }
        setNamed(receiver, Conversions.toPropertyKey(key), value, strict);
    }

    /** `delete receiver[key]`: true unless a non-configurable property refused (sloppy). */
    public static boolean delete(Object receiver, Object key, boolean strict) {
        if (Oddball.isNullish(receiver)) {
            throw JSException.typeError("Cannot convert undefined or null to object");
        }
        Object name = Conversions.toPropertyKey(key);
        if (!(receiver instanceof JSObject o)) {
            if (receiver instanceof String s && (name.equals("length")
                    || (ArrayIndex.parse(name) >= 0 && ArrayIndex.parse(name) < s.length()))) {
                if (strict) {
                    throw JSException.typeError("Cannot delete property '" + name + "' of [object String]");
                }
                return false;
            }
            return true;
        }
        boolean deleted = o.deleteOwn(name);
        if (!deleted && strict) {
            throw JSException.typeError("Cannot delete property '" + name + "' of " + describe(o));
        }
        return deleted;
    }

    /** A string's own properties: its indices and length, all read-only (ECMA-262 10.4.3). */
    private static boolean isOwnStringProperty(String s, Object key) {
        long index = ArrayIndex.parse(key);
        return "length".equals(key) || (index >= 0 && index < s.length());
    }

    /**
     * V8's words for an array whose `length` could not shrink as asked: the truncation stopped
     * above an element it could not delete, now the last one (ArraySetLength).
     */
    public static String truncationRefused(JSArray a) {
        return "Cannot delete property '" + (a.longLength() - 1) + "' of " + describe(a);
    }

    private static JSException readOnly(JSObject o, Object key) {
        if (!o.isExtensible() && !o.hasProperty(key)) {
            return JSException.typeError("Cannot add property " + key + ", object is not extensible");
        }
        for (JSObject h = o; h != null; h = h.getPrototype()) {
            int attrs = h.getOwnAttributes(key);
            if (attrs >= 0) {
                if (PropertyAttributes.isAccessor(attrs)) {
                    return JSException.typeError("Cannot set property " + key + " of " + describe(o)
                            + " which has only a getter");
                }
                break;
            }
        }
        if (o instanceof JSArray a && "length".equals(key) && a.isLengthWritable()) {
            // the truncation stopped at an element it could not delete (ArraySetLength)
            return JSException.typeError(truncationRefused(a));
        }
        // V8's words for an element past the end of an array whose length is read-only.
        Object what = o instanceof JSArray a && !a.isLengthWritable() && ArrayIndex.parse(key) >= a.longLength()
                ? "length" : key;
        return JSException.typeError("Cannot assign to read only property '" + what + "' of object '"
                + describe(o) + "'");
    }

    /**
     * How V8's Torque/CSA builtins name a value in messages: the type, then a primitive's
     * value ("number 5", "string \"x\"", "object null"), or just the type ("object", "symbol").
     */
    public static String describeWithType(Object value) {
        if (value == Oddball.UNDEFINED) {
            return "undefined";
        }
        if (value == Oddball.NULL) {
            return "object null";
        }
        String type = Operators.typeOf(value);
        if (value instanceof String str) {
            return type + " \"" + str + "\"";
        }
        if (value instanceof JSObject || value instanceof JSSymbol) {
            return type;
        }
        return type + " " + Conversions.toString(value);
    }

    /** V8's short description of an object in messages: "#<Object>", "[object Array]". */
    public static String describe(JSObject o) {
        if (o instanceof JSArray) {
            return "[object Array]";
        }
        if (o instanceof JSFunction f) {
            return "function " + f.debugName();
        }
        Object ctor = o.get("constructor");
        String name = ctor instanceof JSFunction f ? f.debugName() : "Object";
        return "#<" + (name.isEmpty() ? "Object" : name) + ">";
    }
}

/*
 * Property descriptors as JS objects see them (ECMA-262 §6.2.6): turning `{ value, writable,
 * enumerable, configurable, get, set }` into a Descriptor (ToPropertyDescriptor), applying
 * one to an object (ValidateAndApplyPropertyDescriptor), and reading one back
 * (FromPropertyDescriptor). Used by Object.defineProperty and friends.
 *
 * Assumes: the object's own-property hooks (getOwnRaw/getOwnAttributes/defineOwnProperty)
 * store an AccessorPair in the slot of an ACCESSOR property.
 * Guarantees: a non-configurable property changes only in the ways §10.1.6.3 allows, or
 * node's "Cannot redefine property: x" is thrown.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.AccessorPair;
import dev.kindling.runtime.ArrayIndex;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Operators;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

final class PropertyDescriptors {
    private PropertyDescriptors() {
    }

    /** A descriptor's fields; null means the field is absent. */
    record Descriptor(Object value, Boolean writable, Boolean enumerable, Boolean configurable,
                      Object get, Object set) {
        boolean isAccessor() {
            return get != null || set != null;
        }

        boolean isData() {
            return value != null || writable != null;
        }
    }

    /** ToPropertyDescriptor (§6.2.6.5). */
    static Descriptor toDescriptor(Object obj) {
        if (!(obj instanceof JSObject d)) {
            throw JSException.typeError("Property description must be an object: " + Conversions.toString(obj));
        }
        Boolean enumerable = d.hasProperty("enumerable") ? Conversions.toBoolean(d.get("enumerable")) : null;
        Boolean configurable = d.hasProperty("configurable") ? Conversions.toBoolean(d.get("configurable")) : null;
        Object value = d.hasProperty("value") ? d.get("value") : null;
        Boolean writable = d.hasProperty("writable") ? Conversions.toBoolean(d.get("writable")) : null;
        Object get = d.hasProperty("get") ? d.get("get") : null;
        if (get != null && get != Oddball.UNDEFINED && !(get instanceof JSFunction)) {
            throw JSException.typeError("Getter must be a function: " + Conversions.toString(get));
        }
        Object set = d.hasProperty("set") ? d.get("set") : null;
        if (set != null && set != Oddball.UNDEFINED && !(set instanceof JSFunction)) {
            throw JSException.typeError("Setter must be a function: " + Conversions.toString(set));
        }
        Descriptor desc = new Descriptor(value, writable, enumerable, configurable, get, set);
        if (desc.isAccessor() && desc.isData()) {
            throw JSException.typeError("Invalid property descriptor. Cannot both specify accessors"
                    + " and a value or writable attribute, " + PropertyAccess.describe(d));
        }
        return desc;
    }

    /** [[DefineOwnProperty]] via ValidateAndApplyPropertyDescriptor (§10.1.6.3), throwing. */
    static void define(JSObject o, Object key, Descriptor desc) {
        String refusal = defineOrRefuse(o, key, desc);
        if (refusal != null) {
            throw JSException.typeError(refusal);
        }
    }

    /**
     * [[DefineOwnProperty]] returning null when it succeeded, else V8's words for why it was
     * refused (Object.defineProperty throws them, Reflect.defineProperty returns false).
     */
    static String defineOrRefuse(JSObject o, Object key, Descriptor desc) {
        int current = o.getOwnAttributes(key);
        if (current < 0) {
            if (!o.isExtensible()) {
                return "Cannot define property " + key + ", object is not extensible";
            }
            int attrs = (isTrue(desc.enumerable()) ? PropertyAttributes.ENUMERABLE : 0)
                    | (isTrue(desc.configurable()) ? PropertyAttributes.CONFIGURABLE : 0);
            if (desc.isAccessor()) {
                return applied(o, key, o.defineOwnProperty(key, new AccessorPair(function(desc.get()), function(desc.set())),
                        attrs | PropertyAttributes.ACCESSOR));
            }
            return applied(o, key, o.defineOwnProperty(key, desc.value() == null ? Oddball.UNDEFINED : desc.value(),
                    attrs | (isTrue(desc.writable()) ? PropertyAttributes.WRITABLE : 0)));
        }
        boolean currentAccessor = PropertyAttributes.isAccessor(current);
        Object currentRaw = o.getOwnRaw(key);
        if (!PropertyAttributes.isConfigurable(current)) {
            boolean kindChanges = (desc.isAccessor() && !currentAccessor) || (desc.isData() && currentAccessor);
            boolean refused = isTrue(desc.configurable())
                    || (desc.enumerable() != null && desc.enumerable() != PropertyAttributes.isEnumerable(current))
                    || kindChanges;
            if (!refused && currentAccessor) {
                AccessorPair pair = (AccessorPair) currentRaw;
                refused = (desc.get() != null && function(desc.get()) != pair.getter)
                        || (desc.set() != null && function(desc.set()) != pair.setter);
            } else if (!refused && !PropertyAttributes.isWritable(current)) {
                refused = isTrue(desc.writable())
                        || (desc.value() != null && !Operators.sameValue(desc.value(), currentRaw));
            }
            if (refused) {
                return "Cannot redefine property: " + key;
            }
        }
        int attrs = current & (PropertyAttributes.ENUMERABLE | PropertyAttributes.CONFIGURABLE);
        if (desc.enumerable() != null) {
            attrs = desc.enumerable() ? attrs | PropertyAttributes.ENUMERABLE : attrs & ~PropertyAttributes.ENUMERABLE;
        }
        if (desc.configurable() != null) {
            attrs = desc.configurable() ? attrs | PropertyAttributes.CONFIGURABLE
                    : attrs & ~PropertyAttributes.CONFIGURABLE;
        }
        if (desc.isAccessor()) {
            AccessorPair old = currentAccessor ? (AccessorPair) currentRaw : new AccessorPair(null, null);
            JSFunction getter = desc.get() != null ? function(desc.get()) : old.getter;
            JSFunction setter = desc.set() != null ? function(desc.set()) : old.setter;
            return applied(o, key, o.defineOwnProperty(key, new AccessorPair(getter, setter), attrs | PropertyAttributes.ACCESSOR));
        } else if (desc.isData() || !currentAccessor) {
            boolean writable = desc.writable() != null ? desc.writable()
                    : !currentAccessor && PropertyAttributes.isWritable(current);
            Object value = desc.value() != null ? desc.value() : currentAccessor ? Oddball.UNDEFINED : currentRaw;
            return applied(o, key, o.defineOwnProperty(key, value, attrs | (writable ? PropertyAttributes.WRITABLE : 0)));
        }
        return applied(o, key, o.defineOwnProperty(key, currentRaw, attrs | PropertyAttributes.ACCESSOR));
    }

    /**
     * The refusal, if any, of the exotic step of a definition that validation allowed: an
     * array whose truncation stopped at an element it could not delete (ArraySetLength), or an
     * element past a read-only length.
     */
    private static String applied(JSObject o, Object key, boolean done) {
        if (done) {
            return null;
        }
        if (o instanceof JSArray a && "length".equals(key) && a.isLengthWritable()) {
            return PropertyAccess.truncationRefused(a);
        }
        if (o instanceof JSArray && ArrayIndex.parse(key) >= 0) {
            return "Cannot define property " + key + ", object is not extensible"; // V8's words
        }
        return "Cannot redefine property: " + key;
    }

    /** FromPropertyDescriptor (§6.2.6.4) of own property `key`, or undefined. */
    static Object fromOwnProperty(Realm realm, JSObject o, Object key) {
        int attrs = o.getOwnAttributes(key);
        if (attrs < 0) {
            return Oddball.UNDEFINED;
        }
        JSObject result = realm.newObject();
        Object raw = o.getOwnRaw(key);
        if (PropertyAttributes.isAccessor(attrs)) {
            AccessorPair pair = (AccessorPair) raw;
            result.set("get", pair.getter == null ? Oddball.UNDEFINED : pair.getter);
            result.set("set", pair.setter == null ? Oddball.UNDEFINED : pair.setter);
        } else {
            result.set("value", raw);
            result.set("writable", PropertyAttributes.isWritable(attrs));
        }
        result.set("enumerable", PropertyAttributes.isEnumerable(attrs));
        result.set("configurable", PropertyAttributes.isConfigurable(attrs));
        return result;
    }

    private static boolean isTrue(Boolean b) {
        return b != null && b;
    }

    private static JSFunction function(Object getterOrSetter) {
        return getterOrSetter instanceof JSFunction f ? f : null;
    }
}

/*
 * Object (ECMA-262 §20.1): the Object constructor, Object.prototype's methods (hasOwnProperty,
 * isPrototypeOf, propertyIsEnumerable, toString, toLocaleString, valueOf, the __proto__
 * accessor and Annex B's __defineGetter__ family) and the reflection functions on Object itself (keys, values, entries, assign,
 * create, getPrototypeOf, setPrototypeOf, defineProperty, defineProperties,
 * getOwnPropertyNames, getOwnPropertyDescriptor, hasOwn, is, preventExtensions, isExtensible).
 *
 * Assumes: the realm's Object.prototype exists (it is made before any builtin).
 * Guarantees: node's TypeError messages for bad receivers and bad property descriptors.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.AccessorPair;
import dev.kindling.runtime.BuiltinFunction;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Operators;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.util.ArrayList;
import java.util.List;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    static void install(Realm realm) {
        JSObject proto = realm.objectPrototype();
        BuiltinFunction[] self = new BuiltinFunction[1];
        BuiltinFunction object = Builtins.defineConstructor(realm, "Object", 1, proto,
                (r, thisArg, args) -> objectOf(r, arg(args, 0)),
                (r, args, newTarget) -> newTarget != self[0]
                        ? r.newObject(self[0].prototypeForConstruct(newTarget))
                        : objectOf(r, arg(args, 0)));
        self[0] = object;

        // In V8's order, which Object.getOwnPropertyNames(Object.prototype) shows.
        realm.defineMethod(proto, "__defineGetter__", 2, (r, thisArg, args) -> defineLegacyAccessor(r, thisArg, args, true));
        realm.defineMethod(proto, "__defineSetter__", 2, (r, thisArg, args) -> defineLegacyAccessor(r, thisArg, args, false));
        realm.defineMethod(proto, "hasOwnProperty", 1, (r, thisArg, args) -> {
            Object key = Conversions.toPropertyKey(arg(args, 0));
            return Builtins.toObject(r, thisArg).hasOwnProperty(key);
        });
        realm.defineMethod(proto, "__lookupGetter__", 1, (r, thisArg, args) -> lookupLegacyAccessor(r, thisArg, args, true));
        realm.defineMethod(proto, "__lookupSetter__", 1, (r, thisArg, args) -> lookupLegacyAccessor(r, thisArg, args, false));
        realm.defineMethod(proto, "isPrototypeOf", 1, (r, thisArg, args) -> {
            if (!(arg(args, 0) instanceof JSObject v)) {
                return false;
            }
            JSObject o = Builtins.toObject(r, thisArg);
            for (JSObject p = v.getPrototype(); p != null; p = p.getPrototype()) {
                if (p == o) {
                    return true;
                }
            }
            return false;
        });
        realm.defineMethod(proto, "propertyIsEnumerable", 1, (r, thisArg, args) -> {
            Object key = Conversions.toPropertyKey(arg(args, 0));
            int attrs = Builtins.toObject(r, thisArg).getOwnAttributes(key);
            return attrs >= 0 && PropertyAttributes.isEnumerable(attrs);
        });
        realm.setObjectToString(realm.defineMethod(proto, "toString", 0, (r, thisArg, args) -> objectToString(r, thisArg)));
        realm.defineMethod(proto, "valueOf", 0, (r, thisArg, args) -> Builtins.toObject(r, thisArg));
        defineProtoAccessor(realm, proto);
        realm.defineMethod(proto, "toLocaleString", 0, (r, thisArg, args) -> {
            Object toString = PropertyAccess.getNamed(r, thisArg, "toString");
            if (!(toString instanceof JSFunction fn)) {
                throw JSException.typeError(Conversions.toString(toString) + " is not a function");
            }
            return fn.call(thisArg, JSFunction.NO_ARGS);
        });

        realm.defineMethod(object, "keys", 1, (r, thisArg, args) ->
                r.newArray(enumerableOwn(r, arg(args, 0), Kind.KEYS)));
        realm.defineMethod(object, "values", 1, (r, thisArg, args) ->
                r.newArray(enumerableOwn(r, arg(args, 0), Kind.VALUES)));
        realm.defineMethod(object, "entries", 1, (r, thisArg, args) ->
                r.newArray(enumerableOwn(r, arg(args, 0), Kind.ENTRIES)));
        realm.defineMethod(object, "assign", 2, ObjectBuiltins::assign);
        realm.defineMethod(object, "create", 2, (r, thisArg, args) -> {
            JSObject o = r.newObject(prototypeArgument(arg(args, 0)));
            if (arg(args, 1) != Oddball.UNDEFINED) {
                defineProperties(r, o, arg(args, 1));
            }
            return o;
        });
        realm.defineMethod(object, "getPrototypeOf", 1, (r, thisArg, args) -> {
            JSObject p = Builtins.toObject(r, arg(args, 0)).getPrototype();
            return p == null ? Oddball.NULL : p;
        });
        realm.defineMethod(object, "setPrototypeOf", 2, (r, thisArg, args) -> {
            Object o = arg(args, 0);
            if (Oddball.isNullish(o)) {
                throw JSException.typeError("Object.setPrototypeOf called on null or undefined");
            }
            JSObject proto2 = prototypeArgument(arg(args, 1));
            if (o instanceof JSObject obj) {
                setPrototypeOrThrow(obj, proto2);
            }
            return o;
        });
        realm.defineMethod(object, "defineProperty", 3, (r, thisArg, args) -> {
            if (!(arg(args, 0) instanceof JSObject o)) {
                throw JSException.typeError("Object.defineProperty called on non-object");
            }
            Object key = Conversions.toPropertyKey(arg(args, 1));
            PropertyDescriptors.define(o, key, PropertyDescriptors.toDescriptor(arg(args, 2)));
            return o;
        });
        realm.defineMethod(object, "defineProperties", 2, (r, thisArg, args) -> {
            if (!(arg(args, 0) instanceof JSObject o)) {
                throw JSException.typeError("Object.defineProperties called on non-object");
            }
            defineProperties(r, o, arg(args, 1));
            return o;
        });
        realm.defineMethod(object, "fromEntries", 1, (r, thisArg, args) -> {
            JSObject result = r.newObject();
            Object iterable = arg(args, 0);
            if (Oddball.isNullish(iterable)) {
                throw JSException.typeError(Iterators.notIterableNoSymbolLoad(iterable));
            }
            Iterators.iterate(r, iterable, () -> Iterators.notIterableNoSymbolLoad(iterable), entry -> {
                if (!(entry instanceof JSObject e)) {
                    throw JSException.typeError("Iterator value " + Inspect.inspect(r, entry) + " is not an entry object");
                }
                result.defineOwnProperty(Conversions.toPropertyKey(e.getElement(0)), e.getElement(1),
                        PropertyAttributes.DEFAULT);
            });
            return result;
        });
        realm.defineMethod(object, "getOwnPropertyDescriptors", 1, (r, thisArg, args) -> {
            JSObject o = Builtins.toObject(r, arg(args, 0));
            JSObject result = r.newObject();
            for (Object key : o.ownPropertyKeys()) {
                Object desc = PropertyDescriptors.fromOwnProperty(r, o, key);
                if (desc != Oddball.UNDEFINED) {
                    result.defineOwnProperty(key, desc, PropertyAttributes.DEFAULT);
                }
            }
            return result;
        });
        realm.defineMethod(object, "getOwnPropertyNames", 1, (r, thisArg, args) ->
                r.newArray(Builtins.toObject(r, arg(args, 0)).ownKeys().toArray()));
        realm.defineMethod(object, "getOwnPropertySymbols", 1, (r, thisArg, args) ->
                r.newArray(Builtins.toObject(r, arg(args, 0)).ownSymbolKeys().toArray()));
        realm.defineMethod(object, "getOwnPropertyDescriptor", 2, (r, thisArg, args) -> {
            JSObject o = Builtins.toObject(r, arg(args, 0));
            return PropertyDescriptors.fromOwnProperty(r, o, Conversions.toPropertyKey(arg(args, 1)));
        });
        realm.defineMethod(object, "hasOwn", 2, (r, thisArg, args) -> {
            JSObject o = Builtins.toObject(r, arg(args, 0));
            return o.hasOwnProperty(Conversions.toPropertyKey(arg(args, 1)));
        });
        realm.defineMethod(object, "is", 2, (r, thisArg, args) -> Operators.sameValue(arg(args, 0), arg(args, 1)));
        realm.defineMethod(object, "preventExtensions", 1, (r, thisArg, args) -> {
            if (arg(args, 0) instanceof JSObject o) {
                o.preventExtensions();
            }
            return arg(args, 0);
        });
        realm.defineMethod(object, "isExtensible", 1, (r, thisArg, args) ->
                arg(args, 0) instanceof JSObject o && o.isExtensible());
        realm.defineMethod(object, "freeze", 1, (r, thisArg, args) -> setIntegrity(arg(args, 0), true));
        realm.defineMethod(object, "seal", 1, (r, thisArg, args) -> setIntegrity(arg(args, 0), false));
        realm.defineMethod(object, "isFrozen", 1, (r, thisArg, args) -> testIntegrity(arg(args, 0), true));
        realm.defineMethod(object, "isSealed", 1, (r, thisArg, args) -> testIntegrity(arg(args, 0), false));
    }

    /**
     * SetIntegrityLevel (ECMA-262 §7.3.15): no new properties, every own property
     * non-configurable, and when freezing every data property read-only.
     */
    private static Object setIntegrity(Object value, boolean freeze) {
        if (!(value instanceof JSObject o)) {
            return value;
        }
        o.preventExtensions();
        if (o instanceof dev.kindling.runtime.JSArray array) {
            array.restrictElements(freeze);
        }
        for (Object key : o.ownPropertyKeys()) {
            if (o instanceof dev.kindling.runtime.JSArray && (key.equals("length")
                    || dev.kindling.runtime.ArrayIndex.parse(key) >= 0 && ((dev.kindling.runtime.JSArray) o).isDense())) {
                continue; // the array's own restriction covers these
            }
            int attrs = o.getOwnAttributes(key);
            int restricted = attrs & ~PropertyAttributes.CONFIGURABLE;
            if (freeze && !PropertyAttributes.isAccessor(attrs)) {
                restricted &= ~PropertyAttributes.WRITABLE;
            }
            if (restricted != attrs) {
                o.defineOwnProperty(key, o.getOwnRaw(key), restricted);
            }
        }
        return o;
    }

    /** TestIntegrityLevel (§7.3.16). Primitives count as frozen and sealed. */
    private static boolean testIntegrity(Object value, boolean frozen) {
        if (!(value instanceof JSObject o)) {
            return true;
        }
        if (o.isExtensible()) {
            return false;
        }
        for (Object key : o.ownPropertyKeys()) {
            int attrs = o.getOwnAttributes(key);
            if (PropertyAttributes.isConfigurable(attrs)
                    || frozen && !PropertyAttributes.isAccessor(attrs) && PropertyAttributes.isWritable(attrs)) {
                return false;
            }
        }
        return true;
    }

    /** Object(value): a new object for undefined/null, the object itself, or a wrapper. */
    private static JSObject objectOf(Realm realm, Object value) {
        if (Oddball.isNullish(value)) {
            return realm.newObject();
        }
        return Builtins.toObject(realm, value);
    }

    /** Object.prototype.toString (§20.1.3.6): "[object " + the builtin tag + "]". */
    static String objectToString(Realm realm, Object thisArg) {
        if (thisArg == Oddball.UNDEFINED) {
            return "[object Undefined]";
        }
        if (thisArg == Oddball.NULL) {
            return "[object Null]";
        }
        JSObject o = Builtins.toObject(realm, thisArg);
        Object tag = o.get(dev.kindling.runtime.JSSymbol.TO_STRING_TAG);
        return "[object " + (tag instanceof String s ? s : o.className()) + "]";
    }

    /** Object.prototype.__proto__ (Annex B.2.2.1): a getter and setter for [[Prototype]]. */
    private static void defineProtoAccessor(Realm realm, JSObject proto) {
        BuiltinFunction getter = realm.newBuiltin("get __proto__", 0, (r, thisArg, args) -> {
            JSObject p = Builtins.toObject(r, thisArg).getPrototype();
            return p == null ? Oddball.NULL : p;
        });
        BuiltinFunction setter = realm.newBuiltin("set __proto__", 1, (r, thisArg, args) -> {
            if (Oddball.isNullish(thisArg)) {
                throw JSException.typeError("Object.prototype.__proto__ called on null or undefined");
            }
            Object p = arg(args, 0);
            if ((p instanceof JSObject || p == Oddball.NULL) && thisArg instanceof JSObject o) {
                setPrototypeOrThrow(o, p instanceof JSObject po ? po : null);
            }
            return Oddball.UNDEFINED;
        });
        proto.defineOwnProperty("__proto__", new AccessorPair(getter, setter),
                PropertyAttributes.ACCESSOR | PropertyAttributes.CONFIGURABLE);
    }

    /** Object.prototype.__defineGetter__ / __defineSetter__ (Annex B.2.2.2-3). */
    private static Object defineLegacyAccessor(Realm realm, Object thisArg, Object[] args, boolean getter) {
        JSObject o = Builtins.toObject(realm, thisArg);
        if (!(arg(args, 1) instanceof JSFunction fn)) {
            throw JSException.typeError("Object.prototype.__define" + (getter ? "Getter" : "Setter")
                    + "__: Expecting function");
        }
        JSObject desc = realm.newObject();
        desc.set(getter ? "get" : "set", fn);
        desc.set("enumerable", true);
        desc.set("configurable", true);
        PropertyDescriptors.define(o, Conversions.toPropertyKey(arg(args, 0)), PropertyDescriptors.toDescriptor(desc));
        return Oddball.UNDEFINED;
    }

    /** Object.prototype.__lookupGetter__ / __lookupSetter__ (Annex B.2.2.4-5). */
    private static Object lookupLegacyAccessor(Realm realm, Object thisArg, Object[] args, boolean getter) {
        Object key = Conversions.toPropertyKey(arg(args, 0));
        for (JSObject o = Builtins.toObject(realm, thisArg); o != null; o = o.getPrototype()) {
            int attrs = o.getOwnAttributes(key);
            if (attrs >= 0) {
                if (PropertyAttributes.isAccessor(attrs) && o.getOwnRaw(key) instanceof AccessorPair pair) {
                    JSFunction fn = getter ? pair.getter : pair.setter;
                    return fn == null ? Oddball.UNDEFINED : fn;
                }
                return Oddball.UNDEFINED;
            }
        }
        return Oddball.UNDEFINED;
    }

    /** The proto argument of Object.create / setPrototypeOf: an object or null. */
    private static JSObject prototypeArgument(Object proto) {
        if (proto == Oddball.NULL) {
            return null;
        }
        if (proto instanceof JSObject p) {
            return p;
        }
        throw JSException.typeError("Object prototype may only be an Object or null: "
                + Conversions.toString(proto));
    }

    /** OrdinarySetPrototypeOf with node's errors: no cycles, no change of a non-extensible object. */
    static void setPrototypeOrThrow(JSObject o, JSObject proto) {
        if (!ReflectBuiltins.setPrototype(o, proto)) {
            throw JSException.typeError(o.isExtensible() ? "Cyclic __proto__ value"
                    : PropertyAccess.describe(o) + " is not extensible");
        }
    }

    private enum Kind { KEYS, VALUES, ENTRIES }

    /** EnumerableOwnProperties (§7.3.23): keys, values or [key, value] pairs. */
    private static Object[] enumerableOwn(Realm realm, Object value, Kind kind) {
        JSObject o = Builtins.toObject(realm, value);
        List<Object> result = new ArrayList<>();
        for (String key : o.ownKeys()) {
            int attrs = o.getOwnAttributes(key);
            if (attrs < 0 || !PropertyAttributes.isEnumerable(attrs)) {
                continue;
            }
            switch (kind) {
                case KEYS -> result.add(key);
                case VALUES -> result.add(o.get(key));
                case ENTRIES -> result.add(realm.newArray(new Object[] {key, o.get(key)}));
            }
        }
        return result.toArray();
    }

    /** Object.assign (§20.1.2.1): copies own enumerable properties with [[Set]]; strict. */
    private static Object assign(Realm realm, Object thisArg, Object[] args) {
        JSObject target = Builtins.toObject(realm, arg(args, 0));
        for (int i = 1; i < args.length; i++) {
            if (Oddball.isNullish(args[i])) {
                continue;
            }
            JSObject source = Builtins.toObject(realm, args[i]);
            for (Object key : source.ownPropertyKeys()) {
                int attrs = source.getOwnAttributes(key);
                if (attrs >= 0 && PropertyAttributes.isEnumerable(attrs)) {
                    PropertyAccess.setNamed(target, key, source.get(key), true);
                }
            }
        }
        return target;
    }

    /** ObjectDefineProperties (§20.1.2.3.1): read every descriptor first, then define. */
    private static void defineProperties(Realm realm, JSObject o, Object properties) {
        JSObject props = Builtins.toObject(realm, properties);
        List<Object> keys = new ArrayList<>();
        List<PropertyDescriptors.Descriptor> descriptors = new ArrayList<>();
        for (Object key : props.ownPropertyKeys()) {
            int attrs = props.getOwnAttributes(key);
            if (attrs >= 0 && PropertyAttributes.isEnumerable(attrs)) {
                keys.add(key);
                descriptors.add(PropertyDescriptors.toDescriptor(props.get(key)));
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            PropertyDescriptors.define(o, keys.get(i), descriptors.get(i));
        }
    }
}

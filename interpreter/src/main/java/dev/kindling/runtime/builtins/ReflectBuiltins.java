/*
 * Reflect (ECMA-262 §28.1): the object's internal methods as functions. Each is the
 * operation the language uses ([[Get]], [[Set]], [[DefineOwnProperty]], [[Construct]], ...)
 * with its boolean result returned instead of turned into a TypeError, which is what
 * Reflect adds over Object's reflection functions.
 *
 * Assumes: Kindling has no Proxy, so every target is an ordinary or builtin exotic object and
 * the internal methods are JSObject's.
 * Guarantees: node's messages for a non-object target ("Reflect.get called on non-object"),
 * a non-callable apply target and a non-constructor, in V8's order of the functions.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.NoSideEffectsToString;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Operators;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class ReflectBuiltins {
    private ReflectBuiltins() {
    }

    static void install(Realm realm) {
        JSObject reflect = realm.newObject();
        realm.global().defineOwnProperty("Reflect", reflect, PropertyAttributes.HIDDEN);
        reflect.defineOwnProperty(JSSymbol.TO_STRING_TAG, "Reflect", PropertyAttributes.CONFIGURABLE);

        realm.defineMethod(reflect, "defineProperty", 3, (r, thisArg, args) -> {
            JSObject target = target(args, "defineProperty");
            Object key = Conversions.toPropertyKey(arg(args, 1));
            return PropertyDescriptors.defineOrRefuse(target, key, PropertyDescriptors.toDescriptor(arg(args, 2))) == null;
        });
        realm.defineMethod(reflect, "deleteProperty", 2, (r, thisArg, args) ->
                target(args, "deleteProperty").deleteOwn(Conversions.toPropertyKey(arg(args, 1))));
        realm.defineMethod(reflect, "apply", 3, (r, thisArg, args) -> {
            if (!(arg(args, 0) instanceof JSFunction fn)) {
                throw JSException.typeError("Function.prototype.apply was called on " + text(arg(args, 0))
                        + ", which is " + article(arg(args, 0)) + " and not a function");
            }
            if (!(arg(args, 2) instanceof JSObject)) {
                throw JSException.typeError("CreateListFromArrayLike called on non-object");
            }
            return fn.call(arg(args, 1), FunctionBuiltins.listFromArrayLike(arg(args, 2)));
        });
        realm.defineMethod(reflect, "construct", 2, (r, thisArg, args) -> {
            JSFunction target = constructor(arg(args, 0));
            JSFunction newTarget = args.length < 3 ? target : constructor(arg(args, 2));
            if (!(arg(args, 1) instanceof JSObject)) {
                throw JSException.typeError("CreateListFromArrayLike called on non-object");
            }
            return target.construct(FunctionBuiltins.listFromArrayLike(arg(args, 1)), newTarget);
        });
        realm.defineMethod(reflect, "get", 2, (r, thisArg, args) -> {
            JSObject target = target(args, "get");
            Object key = Conversions.toPropertyKey(arg(args, 1));
            return target.get(key, args.length < 3 ? target : args[2]);
        });
        realm.defineMethod(reflect, "getOwnPropertyDescriptor", 2, (r, thisArg, args) -> {
            JSObject target = target(args, "getOwnPropertyDescriptor");
            return PropertyDescriptors.fromOwnProperty(r, target, Conversions.toPropertyKey(arg(args, 1)));
        });
        realm.defineMethod(reflect, "getPrototypeOf", 1, (r, thisArg, args) -> {
            JSObject p = target(args, "getPrototypeOf").getPrototype();
            return p == null ? Oddball.NULL : p;
        });
        realm.defineMethod(reflect, "has", 2, (r, thisArg, args) ->
                target(args, "has").hasProperty(Conversions.toPropertyKey(arg(args, 1))));
        realm.defineMethod(reflect, "isExtensible", 1, (r, thisArg, args) -> target(args, "isExtensible").isExtensible());
        realm.defineMethod(reflect, "ownKeys", 1, (r, thisArg, args) ->
                r.newArray(target(args, "ownKeys").ownPropertyKeys().toArray()));
        realm.defineMethod(reflect, "preventExtensions", 1, (r, thisArg, args) -> {
            target(args, "preventExtensions").preventExtensions();
            return true;
        });
        realm.defineMethod(reflect, "set", 3, (r, thisArg, args) -> {
            JSObject target = target(args, "set");
            Object key = Conversions.toPropertyKey(arg(args, 1));
            return target.set(key, arg(args, 2), args.length < 4 ? target : args[3]);
        });
        realm.defineMethod(reflect, "setPrototypeOf", 2, (r, thisArg, args) -> {
            JSObject target = target(args, "setPrototypeOf");
            Object proto = arg(args, 1);
            if (!(proto instanceof JSObject) && proto != Oddball.NULL) {
                throw JSException.typeError("Object prototype may only be an Object or null: " + text(proto));
            }
            return setPrototype(target, proto instanceof JSObject p ? p : null);
        });
    }

    /** OrdinarySetPrototypeOf (§10.1.2.1): false for a non-extensible target or a cycle. */
    static boolean setPrototype(JSObject o, JSObject proto) {
        if (proto == o.getPrototype()) {
            return true;
        }
        if (!o.isExtensible()) {
            return false;
        }
        for (JSObject p = proto; p != null; p = p.getPrototype()) {
            if (p == o) {
                return false;
            }
        }
        o.setPrototype(proto);
        return true;
    }

    private static JSObject target(Object[] args, String method) {
        if (arg(args, 0) instanceof JSObject o) {
            return o;
        }
        throw JSException.typeError("Reflect." + method + " called on non-object");
    }

    private static JSFunction constructor(Object value) {
        if (value instanceof JSFunction f && f.isConstructor()) {
            return f;
        }
        throw JSException.typeError(text(value) + " is not a constructor");
    }

    /** A value as V8 names it in these messages: its side-effect-free text, else its builtin tag. */
    private static String text(Object value) {
        String text = NoSideEffectsToString.of(value);
        return text != null ? text : PropertyAccess.describe((JSObject) value);
    }

    /** "a number", "an object", "null" — how V8's apply message words a non-callable's type. */
    private static String article(Object value) {
        if (value == Oddball.NULL) {
            return "null";
        }
        String type = Operators.typeOf(value);
        return (type.equals("object") ? "an " : "a ") + type;
    }
}

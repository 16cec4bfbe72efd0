/*
 * Boolean (ECMA-262 §20.3): Boolean(value) as ToBoolean, `new Boolean` wrappers, and
 * Boolean.prototype's toString and valueOf.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Realm;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class BooleanBuiltins {
    private BooleanBuiltins() {
    }

    static void install(Realm realm) {
        JSObject proto = realm.booleanPrototype();
        Builtins.defineConstructor(realm, "Boolean", 1, proto,
                (r, thisArg, args) -> Conversions.toBoolean(arg(args, 0)),
                (r, args, newTarget) -> PrimitiveWrapper.wrap(Builtins.prototypeFromConstructor(newTarget, proto),
                        Conversions.toBoolean(arg(args, 0))));
        realm.defineMethod(proto, "toString", 0, (r, thisArg, args) ->
                thisBoolean(r, thisArg, "Boolean.prototype.toString") ? "true" : "false");
        realm.defineMethod(proto, "valueOf", 0, (r, thisArg, args) ->
                thisBoolean(r, thisArg, "Boolean.prototype.valueOf"));
    }

    /** thisBooleanValue (§20.3.3): a boolean or a Boolean wrapper's value; else TypeError. */
    private static boolean thisBoolean(Realm realm, Object thisArg, String method) {
        if (thisArg == realm.booleanPrototype()) {
            return false; // Boolean.prototype is itself a Boolean object, of false (§20.3.3)
        }
        return PrimitiveWrapper.thisPrimitiveValue(thisArg, Boolean.class, method, "Boolean");
    }
}

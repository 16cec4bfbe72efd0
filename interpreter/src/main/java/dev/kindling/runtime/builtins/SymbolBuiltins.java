/*
 * Symbol (ECMA-262 §20.4): Symbol(description) makes a new unique symbol (`new Symbol` is a
 * TypeError: symbols are primitives), Symbol.for/keyFor use the realm's registry, the
 * well-known symbols are properties of Symbol, and Symbol.prototype has toString, valueOf,
 * the `description` getter and [Symbol.toStringTag].
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.BuiltinFunction;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.util.Map;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class SymbolBuiltins {
    private SymbolBuiltins() {
    }

    static void install(Realm realm) {
        JSObject proto = realm.symbolPrototype();
        JSObject symbol = Builtins.defineConstructor(realm, "Symbol", 0, proto, (r, thisArg, args) -> {
            Object description = arg(args, 0);
            return new JSSymbol(description == Oddball.UNDEFINED ? null : Conversions.toString(description));
        }, (r, args, newTarget) -> {
            throw JSException.typeError("Symbol is not a constructor");
        });
        realm.defineMethod(symbol, "for", 1, (r, thisArg, args) ->
                r.symbolRegistry().computeIfAbsent(Conversions.toString(arg(args, 0)), JSSymbol::new));
        realm.defineMethod(symbol, "keyFor", 1, (r, thisArg, args) -> {
            if (!(arg(args, 0) instanceof JSSymbol s)) {
                throw JSException.typeError(Conversions.toString(arg(args, 0)) + " is not a symbol");
            }
            return r.symbolRegistry().get(s.description()) == s ? s.description() : Oddball.UNDEFINED;
        });
        for (Map.Entry<String, JSSymbol> e : new java.util.TreeMap<>(JSSymbol.WELL_KNOWN).entrySet()) {
            Builtins.defineConstant(symbol, e.getKey(), e.getValue());
        }

        realm.defineMethod(proto, "toString", 0, (r, thisArg, args) ->
                thisSymbol(thisArg, "Symbol.prototype.toString").toString());
        realm.defineMethod(proto, "valueOf", 0, (r, thisArg, args) ->
                thisSymbol(thisArg, "Symbol.prototype.valueOf"));
        realm.defineGetter(proto, "description", (r, thisArg, args) -> {
            String d = thisSymbol(thisArg, "Symbol.prototype.description").description();
            return d == null ? Oddball.UNDEFINED : d;
        });
        proto.defineOwnProperty(JSSymbol.TO_STRING_TAG, "Symbol", PropertyAttributes.CONFIGURABLE);
        BuiltinFunction toPrimitive = realm.newBuiltin("[Symbol.toPrimitive]", 1, (r, thisArg, args) ->
                thisSymbol(thisArg, "Symbol.prototype [ @@toPrimitive ]"));
        proto.defineOwnProperty(JSSymbol.TO_PRIMITIVE, toPrimitive, PropertyAttributes.CONFIGURABLE);
    }

    /** thisSymbolValue (§20.4.3): a symbol or a Symbol wrapper's symbol; else TypeError. */
    private static JSSymbol thisSymbol(Object thisArg, String method) {
        return PrimitiveWrapper.thisPrimitiveValue(thisArg, JSSymbol.class, method, "Symbol");
    }
}

/*
 * The JSON object (ECMA-262 §25.5): JSON.parse (JsonParser) and JSON.stringify
 * (JsonStringify). Also the JSON.stringify that util.format's %j uses.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class JsonBuiltins {
    private JsonBuiltins() {
    }

    static void install(Realm realm) {
        JSObject json = new TaggedObject(realm.objectPrototype(), "JSON");
        realm.global().defineOwnProperty("JSON", json, PropertyAttributes.HIDDEN);
        realm.defineMethod(json, "parse", 2, (r, thisArg, args) ->
                JsonParser.parse(r, Conversions.toString(arg(args, 0)), arg(args, 1)));
        realm.defineMethod(json, "stringify", 3, (r, thisArg, args) -> {
            String text = JsonStringify.stringify(r, arg(args, 0), arg(args, 1), arg(args, 2));
            return text == null ? Oddball.UNDEFINED : text;
        });
    }

    /** %j of util.format: JSON.stringify(value), "undefined" for no JSON, '[Circular]' for a cycle. */
    static String stringifyForFormat(Realm realm, Object value) {
        try {
            String text = JsonStringify.stringify(realm, value, Oddball.UNDEFINED, Oddball.UNDEFINED);
            return text == null ? "undefined" : text;
        } catch (JSException e) {
            if (e.isPending() && e.getMessage().startsWith("TypeError: Converting circular structure to JSON")) {
                return "[Circular]";
            }
            throw e;
        }
    }
}

/*
 * Test support: rebuilds, in a Kindling realm, an object graph described statement by
 * statement — the form the Inspect test tables are generated in from node (each object
 * numbered, then its prototype, elements and properties with their attributes, so cycles,
 * accessors, holes and hidden properties all survive the trip).
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.AccessorPair;
import dev.kindling.runtime.BuiltinFunction;
import dev.kindling.runtime.ErrorType;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSError;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class ValueBuilder {
    static final Object U = Oddball.UNDEFINED;
    static final Object NULL = Oddball.NULL;

    final Realm realm;
    private final Map<Integer, JSObject> objects = new HashMap<>();

    ValueBuilder(Realm realm) {
        this.realm = realm;
    }

    JSObject ref(int id) {
        return objects.get(id);
    }

    /** A realm intrinsic by the generator's name for it: "OP", "EP:TypeError", "G:Math". */
    JSObject intrinsic(String name) {
        switch (name) {
            case "OP": return realm.objectPrototype();
            case "FP": return realm.functionPrototype();
            case "AP": return realm.arrayPrototype();
            case "NP": return realm.numberPrototype();
            case "SP": return realm.stringPrototype();
            case "BP": return realm.booleanPrototype();
            default:
                if (name.startsWith("EP:")) {
                    return realm.errorPrototype(ErrorType.valueOf(name.substring(3)));
                }
                return (JSObject) PropertyAccess.getNamed(realm, realm.global(), name.substring(2));
        }
    }

    void object(int id) {
        objects.put(id, realm.newObject());
    }

    void array(int id, long length) {
        JSArray a = realm.newArray(0);
        a.setLength(length);
        objects.put(id, a);
    }

    /** A stand-in for a JS function: it has the name and length, and returns `result`. */
    void function(int id, String name, int length, Object result) {
        objects.put(id, new BuiltinFunction(realm, name, length, (r, t, a) -> result, null));
    }

    void error(int id) {
        objects.put(id, new JSError(realm.errorPrototype(ErrorType.Error).childRootShape(), List.of()));
    }

    void wrapper(int id, Object primitive) {
        objects.put(id, PrimitiveWrapper.wrap(realm, primitive));
    }

    void setPrototype(int id, JSObject prototype) {
        objects.get(id).setPrototype(prototype);
    }

    void element(int id, long index, Object value) {
        objects.get(id).defineOwnProperty(Long.toString(index), value, PropertyAttributes.DEFAULT);
    }

    void property(int id, String key, Object value, String attrs) {
        objects.get(id).defineOwnProperty(key, value, attributes(attrs) | (attrs.contains("W") ? PropertyAttributes.WRITABLE : 0));
    }

    void accessor(int id, String key, JSObject getter, JSObject setter, String attrs) {
        objects.get(id).defineOwnProperty(key, new AccessorPair((JSFunction) getter, (JSFunction) setter),
                attributes(attrs) | PropertyAttributes.ACCESSOR);
    }

    private static int attributes(String attrs) {
        return (attrs.contains("E") ? PropertyAttributes.ENUMERABLE : 0)
                | (attrs.contains("C") ? PropertyAttributes.CONFIGURABLE : 0);
    }
}

/*
 * WeakMap and WeakSet (ECMA-262 §24.3, §24.4): collections keyed by objects that do not keep
 * their keys alive. The table is a java.util.WeakHashMap, whose keys are held weakly and
 * compared by identity here (JSObject and JSSymbol keep Object's equals and hashCode), so an entry goes
 * when the program drops its key — what V8's ephemeron tables do. They cannot be iterated
 * or measured, so util.inspect prints `WeakMap { <items unknown> }`.
 *
 * Keys must be objects or symbols not made by Symbol.for (CanBeHeldWeakly, §9.13): a
 * registered symbol lives forever, so it would never leave the table.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.Shape;

import java.util.Map;
import java.util.WeakHashMap;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class WeakCollectionBuiltins {
    private WeakCollectionBuiltins() {
    }

    /** A WeakMap or WeakSet object (V8's JSWeakMap / JSWeakSet). */
    static final class JSWeakCollection extends JSObject {
        final boolean isMap;
        final Map<Object, Object> table = new WeakHashMap<>();

        JSWeakCollection(Shape shape, boolean isMap) {
            super(shape);
            this.isMap = isMap;
        }

        @Override
        public String className() {
            return isMap ? "WeakMap" : "WeakSet";
        }
    }

    static void install(Realm realm) {
        install(realm, true);
        install(realm, false);
    }

    private static void install(Realm realm, boolean isMap) {
        String name = isMap ? "WeakMap" : "WeakSet";
        String p = name + ".prototype.";
        JSObject proto = realm.newObject();
        Builtins.defineConstructor(realm, name, 0, proto, (r, self, args) -> {
            throw JSException.typeError("Constructor " + name + " requires 'new'");
        }, (r, args, newTarget) -> MapSetBuiltins.construct(r, arg(args, 0),
                new JSWeakCollection(Builtins.prototypeFromConstructor(newTarget, proto).childRootShape(), isMap), isMap));
        if (isMap) {
            realm.defineMethod(proto, "get", 1, (r, self, args) -> {
                Object v = thisCollection(self, true, p + "get").table.get(arg(args, 0));
                return v == null ? Oddball.UNDEFINED : v;
            });
            realm.defineMethod(proto, "set", 2, (r, self, args) -> {
                JSWeakCollection c = thisCollection(self, true, p + "set");
                if (!canBeHeldWeakly(r, arg(args, 0))) {
                    throw JSException.typeError("Invalid value used as weak map key");
                }
                c.table.put(arg(args, 0), arg(args, 1));
                return self;
            });
        } else {
            realm.defineMethod(proto, "add", 1, (r, self, args) -> {
                JSWeakCollection c = thisCollection(self, false, p + "add");
                if (!canBeHeldWeakly(r, arg(args, 0))) {
                    throw JSException.typeError("Invalid value used in weak set");
                }
                c.table.put(arg(args, 0), Boolean.TRUE);
                return self;
            });
        }
        realm.defineMethod(proto, "has", 1, (r, self, args) -> {
            JSWeakCollection c = thisCollection(self, isMap, p + "has");
            return canBeHeldWeakly(r, arg(args, 0)) && c.table.containsKey(arg(args, 0));
        });
        realm.defineMethod(proto, "delete", 1, (r, self, args) -> {
            JSWeakCollection c = thisCollection(self, isMap, p + "delete");
            return canBeHeldWeakly(r, arg(args, 0)) && c.table.remove(arg(args, 0)) != null;
        });
        proto.defineOwnProperty(JSSymbol.TO_STRING_TAG, name, PropertyAttributes.CONFIGURABLE);
    }

    /** CanBeHeldWeakly (§9.13): an object, or a symbol that is not in the Symbol.for registry. */
    private static boolean canBeHeldWeakly(Realm realm, Object value) {
        if (value instanceof JSSymbol s) {
            return realm.symbolRegistry().get(s.description()) != s;
        }
        return value instanceof JSObject;
    }

    private static JSWeakCollection thisCollection(Object self, boolean isMap, String method) {
        if (self instanceof JSWeakCollection c && c.isMap == isMap) {
            return c;
        }
        throw Builtins.incompatibleReceiver(method, self);
    }
}

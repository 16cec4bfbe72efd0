/*
 * Map and Set (ECMA-262 §24.1, §24.2): keyed collections over an OrderedHashTable, so they
 * iterate in insertion order, compare keys by SameValueZero and iterate live (entries added
 * during a loop are visited, deleted ones skipped). The constructors take any iterable; Map's
 * wants [key, value] entry objects. keys/values/entries/[Symbol.iterator] make
 * %MapIteratorPrototype% / %SetIteratorPrototype% iterators with a JS-visible `next`.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.Shape;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class MapSetBuiltins {
    private MapSetBuiltins() {
    }

    /** A Map or Set object: V8's JSMap / JSSet, a JSObject holding its table. */
    static final class JSCollection extends JSObject {
        final boolean isMap;
        final OrderedHashTable table = new OrderedHashTable();

        JSCollection(Shape shape, boolean isMap) {
            super(shape);
            this.isMap = isMap;
        }

        @Override
        public String className() {
            return isMap ? "Map" : "Set";
        }
    }

    /** A Map or Set iterator (CreateMapIterator §24.1.5.1, CreateSetIterator §24.2.5.1). */
    static final class CollectionIterator extends Iterators.BuiltinIterator {
        private OrderedHashTable table;
        private final OrderedHashTable.Cursor cursor;
        private final Iterators.Kind kind;
        final boolean overMap;

        CollectionIterator(Realm realm, JSCollection collection, Iterators.Kind kind) {
            super(collection.isMap ? realm.mapIteratorPrototype() : realm.setIteratorPrototype());
            this.table = collection.table;
            this.cursor = table.newCursor();
            this.kind = kind;
            this.overMap = collection.isMap;
        }

        /** node's previewEntries: the entries still to come, as [key, value] pairs; the iterator does not move. */
        java.util.List<Object[]> preview() {
            java.util.List<Object[]> remaining = new java.util.ArrayList<>();
            if (table != null) {
                for (int position : table.livePositions()) {
                    if (position >= cursor.position) {
                        Object key = table.keyAt(position);
                        remaining.add(new Object[] {key, overMap ? table.valueAt(position) : key});
                    }
                }
            }
            return remaining;
        }

        boolean isKeyValue() {
            return kind == Iterators.Kind.ENTRIES;
        }

        boolean yieldsKeys() {
            return kind == Iterators.Kind.KEYS;
        }

        @Override
        Object next(Realm realm) {
            int i = table == null ? -1 : table.advance(cursor);
            if (i < 0) {
                table = null; // once done, always done
                return Iterators.result(realm, Oddball.UNDEFINED, true);
            }
            Object key = table.keyAt(i);
            Object value = overMap ? table.valueAt(i) : key;
            return switch (kind) {
                case KEYS -> Iterators.result(realm, key, false);
                case VALUES -> Iterators.result(realm, value, false);
                case ENTRIES -> Iterators.result(realm, realm.newArray(new Object[] {key, value}), false);
            };
        }
    }

    static void install(Realm realm) {
        installMap(realm);
        installSet(realm);
        Iterators.defineNext(realm, realm.mapIteratorPrototype(), "Map Iterator",
                self -> self instanceof CollectionIterator c && c.overMap);
        Iterators.defineNext(realm, realm.setIteratorPrototype(), "Set Iterator",
                self -> self instanceof CollectionIterator c && !c.overMap);
    }

    private static void installMap(Realm realm) {
        JSObject proto = realm.mapPrototype();
        Builtins.defineConstructor(realm, "Map", 0, proto, (r, self, args) -> {
            throw JSException.typeError("Constructor Map requires 'new'");
        }, (r, args, newTarget) -> construct(r, arg(args, 0),
                new JSCollection(Builtins.prototypeFromConstructor(newTarget, proto).childRootShape(), true), true));
        realm.defineMethod(proto, "get", 1, (r, self, args) -> {
            Object v = thisCollection(self, true, "Map.prototype.get").table.get(arg(args, 0));
            return v == null ? Oddball.UNDEFINED : v;
        });
        realm.defineMethod(proto, "set", 2, (r, self, args) -> {
            thisCollection(self, true, "Map.prototype.set").table.set(arg(args, 0), arg(args, 1));
            return self;
        });
        installCommon(realm, proto, true, "Map");
        realm.defineMethod(proto, "keys", 0, (r, self, args) ->
                new CollectionIterator(r, thisCollection(self, true, "Map.prototype.keys"), Iterators.Kind.KEYS));
        realm.defineMethod(proto, "values", 0, (r, self, args) ->
                new CollectionIterator(r, thisCollection(self, true, "Map.prototype.values"), Iterators.Kind.VALUES));
        // Map.prototype[Symbol.iterator] is the very function Map.prototype.entries (§24.1.3.12).
        JSFunction entries = realm.defineMethod(proto, "entries", 0, (r, self, args) ->
                new CollectionIterator(r, thisCollection(self, true, "Map.prototype.entries"), Iterators.Kind.ENTRIES));
        proto.defineOwnProperty(JSSymbol.ITERATOR, entries, PropertyAttributes.HIDDEN);
    }

    private static void installSet(Realm realm) {
        JSObject proto = realm.setPrototype();
        Builtins.defineConstructor(realm, "Set", 0, proto, (r, self, args) -> {
            throw JSException.typeError("Constructor Set requires 'new'");
        }, (r, args, newTarget) -> construct(r, arg(args, 0),
                new JSCollection(Builtins.prototypeFromConstructor(newTarget, proto).childRootShape(), false), false));
        realm.defineMethod(proto, "add", 1, (r, self, args) -> {
            Object v = arg(args, 0);
            thisCollection(self, false, "Set.prototype.add").table.set(v, v);
            return self;
        });
        installCommon(realm, proto, false, "Set");
        realm.defineMethod(proto, "entries", 0, (r, self, args) ->
                new CollectionIterator(r, thisCollection(self, false, "Set.prototype.entries"), Iterators.Kind.ENTRIES));
        // Set.prototype.keys and [Symbol.iterator] are the very function Set.prototype.values (§24.2.3.10).
        JSFunction values = realm.defineMethod(proto, "values", 0, (r, self, args) ->
                new CollectionIterator(r, thisCollection(self, false, "Set.prototype.values"), Iterators.Kind.VALUES));
        proto.defineOwnProperty("keys", values, PropertyAttributes.HIDDEN);
        proto.defineOwnProperty(JSSymbol.ITERATOR, values, PropertyAttributes.HIDDEN);
    }

    /**
     * new Map(iterable) / new Set(iterable) (§24.1.1.1, §24.2.1.1), and the same for WeakMap
     * and WeakSet: each value the iterable yields goes through the new object `c`'s `set` (a
     * [key, value] entry) or `add`.
     */
    static JSObject construct(Realm realm, Object iterable, JSObject c, boolean isMap) {
        if (Oddball.isNullish(iterable)) {
            return c;
        }
        String adderName = isMap ? "set" : "add";
        if (!(c.get(adderName) instanceof JSFunction adder)) {
            throw JSException.typeError("'" + Inspect.inspect(realm, c.get(adderName)) + "' returned for property '"
                    + adderName + "' of object '#<" + c.className() + ">' is not a function");
        }
        Iterators.iterate(realm, iterable, () -> Iterators.notIterableNoSymbolLoad(iterable), value -> {
            if (!isMap) {
                adder.call(c, new Object[] {value});
            } else if (value instanceof JSObject entry) {
                adder.call(c, new Object[] {entry.getElement(0), entry.getElement(1)});
            } else {
                throw JSException.typeError("Iterator value " + Inspect.inspect(realm, value) + " is not an entry object");
            }
        });
        return c;
    }

    /** has, delete, clear, forEach, size and [Symbol.toStringTag]: the same for Map and Set. */
    private static void installCommon(Realm realm, JSObject proto, boolean isMap, String name) {
        String p = name + ".prototype.";
        realm.defineMethod(proto, "has", 1, (r, self, args) ->
                thisCollection(self, isMap, p + "has").table.has(arg(args, 0)));
        realm.defineMethod(proto, "delete", 1, (r, self, args) ->
                thisCollection(self, isMap, p + "delete").table.delete(arg(args, 0)));
        realm.defineMethod(proto, "clear", 0, (r, self, args) -> {
            thisCollection(self, isMap, p + "clear").table.clear();
            return Oddball.UNDEFINED;
        });
        realm.defineMethod(proto, "forEach", 1, (r, self, args) -> {
            JSCollection c = thisCollection(self, isMap, p + "forEach");
            if (!(arg(args, 0) instanceof JSFunction fn)) {
                throw JSException.typeError(PropertyAccess.describeWithType(arg(args, 0)) + " is not a function");
            }
            OrderedHashTable.Cursor cursor = c.table.newCursor();
            for (int i = c.table.advance(cursor); i >= 0; i = c.table.advance(cursor)) {
                Object key = c.table.keyAt(i);
                fn.call(arg(args, 1), new Object[] {isMap ? c.table.valueAt(i) : key, key, c});
            }
            return Oddball.UNDEFINED;
        });
        realm.defineGetter(proto, "size", (r, self, args) ->
                thisCollection(self, isMap, "get " + p + "size").table.size());
        proto.defineOwnProperty(JSSymbol.TO_STRING_TAG, name, PropertyAttributes.CONFIGURABLE);
    }

    private static JSCollection thisCollection(Object self, boolean isMap, String method) {
        if (self instanceof JSCollection c && c.isMap == isMap) {
            return c;
        }
        throw Builtins.incompatibleReceiver(method, self);
    }
}

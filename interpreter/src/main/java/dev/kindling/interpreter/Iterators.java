/*
 * The built-in iterators for-of uses in this subset: %ArrayIteratorPrototype% and
 * %StringIteratorPrototype% (ECMA-262 §23.1.5, §22.1.5) with their `next` methods. A string
 * iterates by code point, so a surrogate pair is one step.
 */
package dev.kindling.interpreter;

import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

final class Iterators {
    private Iterators() {
    }

    static final class ArrayIterator extends JSObject {
        private JSArray array;
        private int index;

        ArrayIterator(JSObject prototype, JSArray array) {
            super(prototype.childRootShape());
            this.array = array;
        }

        Object next(Realm realm) {
            if (array == null || index >= array.length()) {
                array = null;
                return result(realm, Oddball.UNDEFINED, true);
            }
            return result(realm, array.getElement(index++), false);
        }
    }

    static final class StringIterator extends JSObject {
        private final String string;
        private int index;

        StringIterator(JSObject prototype, String string) {
            super(prototype.childRootShape());
            this.string = string;
        }

        Object next(Realm realm) {
            if (index >= string.length()) {
                return result(realm, Oddball.UNDEFINED, true);
            }
            int cp = string.codePointAt(index);
            int n = Character.charCount(cp);
            String value = string.substring(index, index + n);
            index += n;
            return result(realm, value, false);
        }
    }

    /** CreateIterResultObject: { value, done }. */
    static JSObject result(Realm realm, Object value, boolean done) {
        JSObject r = realm.newObject();
        r.defineOwnProperty("value", value, PropertyAttributes.DEFAULT);
        r.defineOwnProperty("done", done, PropertyAttributes.DEFAULT);
        return r;
    }

    static JSObject arrayIteratorPrototype(Realm realm) {
        JSObject proto = realm.newObject();
        realm.defineMethod(proto, "next", 0, (r, self, args) -> {
            if (!(self instanceof ArrayIterator it)) {
                throw JSException.typeError("next method called on incompatible receiver");
            }
            return it.next(r);
        });
        return proto;
    }

    static JSObject stringIteratorPrototype(Realm realm) {
        JSObject proto = realm.newObject();
        realm.defineMethod(proto, "next", 0, (r, self, args) -> {
            if (!(self instanceof StringIterator it)) {
                throw JSException.typeError("next method called on incompatible receiver");
            }
            return it.next(r);
        });
        return proto;
    }
}

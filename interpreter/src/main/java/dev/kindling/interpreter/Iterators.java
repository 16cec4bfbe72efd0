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

    /** An iterator object implemented in Java: its `next` result for one step. */
    abstract static class BuiltinIterator extends JSObject {
        BuiltinIterator(JSObject prototype) {
            super(prototype.childRootShape());
        }

        abstract Object next(Realm realm);
    }

    static final class ArrayIterator extends BuiltinIterator {
        private JSArray array;
        private int index;

        ArrayIterator(JSObject prototype, JSArray array) {
            super(prototype);
            this.array = array;
        }

        @Override
        Object next(Realm realm) {
            if (array == null || index >= array.length()) {
                array = null;
                return result(realm, Oddball.UNDEFINED, true);
            }
            return result(realm, array.getElement(index++), false);
        }
    }

    static final class StringIterator extends BuiltinIterator {
        private final String string;
        private int index;

        StringIterator(JSObject prototype, String string) {
            super(prototype);
            this.string = string;
        }

        @Override
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
        return iteratorPrototype(realm, self -> self instanceof ArrayIterator);
    }

    static JSObject stringIteratorPrototype(Realm realm) {
        return iteratorPrototype(realm, self -> self instanceof StringIterator);
    }

    /** A prototype whose `next` advances the iterators `kind` accepts (and refuses other receivers). */
    private static JSObject iteratorPrototype(Realm realm, java.util.function.Predicate<Object> kind) {
        JSObject proto = realm.newObject();
        realm.defineMethod(proto, "next", 0, (r, self, args) -> {
            if (!kind.test(self)) {
                throw JSException.typeError("next method called on incompatible receiver");
            }
            return ((BuiltinIterator) self).next(r);
        });
        return proto;
    }
}

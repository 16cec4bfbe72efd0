/*
 * The iteration protocol (ECMA-262 §7.4) and the built-in iterators: %IteratorPrototype%
 * (whose [Symbol.iterator] returns `this`), %ArrayIteratorPrototype% and
 * %StringIteratorPrototype% (§23.1.5, §22.1.5) with JS-visible `next` methods, and
 * Array.prototype's keys/values/entries/[Symbol.iterator] and String.prototype[Symbol.iterator].
 *
 * GetIterator here is what for-of (the GetIterator bytecode), spread, Array.from and the
 * Map/Set constructors use: read obj[Symbol.iterator], call it, check the result is an
 * object. A builtin array or string whose iterator method nobody replaced gets one of the
 * Java iterators below, whose `next` is a Java method — the fast path — while a user-defined
 * iterable is driven through its own `next`.
 *
 * An array iterator reads `length` at every step, so elements pushed during a loop are
 * visited (§23.1.5.1); a string iterates by code point, so a surrogate pair is one step.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

public final class Iterators {
    private Iterators() {
    }

    /** What an array (or Map/Set) iterator yields: keys, values or [key, value] entries. */
    enum Kind { KEYS, VALUES, ENTRIES }

    /** An iterator object implemented in Java: its `next` result for one step. */
    abstract static class BuiltinIterator extends JSObject {
        BuiltinIterator(JSObject prototype) {
            super(prototype.childRootShape());
        }

        abstract Object next(Realm realm);
    }

    /** CreateArrayIterator (§23.1.5.1) over an array or any array-like object. */
    static final class ArrayIterator extends BuiltinIterator {
        private JSObject array;
        private final Kind kind;
        private long index;

        ArrayIterator(Realm realm, JSObject array, Kind kind) {
            super(realm.arrayIteratorPrototype());
            this.array = array;
            this.kind = kind;
        }

        @Override
        Object next(Realm realm) {
            if (array == null) {
                return result(realm, Oddball.UNDEFINED, true);
            }
            long length = array instanceof JSArray a ? a.longLength() : ArrayLike.lengthOf(array);
            if (index >= length) {
                array = null;
                return result(realm, Oddball.UNDEFINED, true);
            }
            long i = index++;
            Object key = i <= Integer.MAX_VALUE ? (Object) (int) i : (Object) (double) i;
            return switch (kind) {
                case KEYS -> result(realm, key, false);
                case VALUES -> result(realm, ArrayLike.get(array, i), false);
                case ENTRIES -> result(realm, realm.newArray(new Object[] {key, ArrayLike.get(array, i)}), false);
            };
        }
    }

    static final class StringIterator extends BuiltinIterator {
        private final String string;
        private int index;

        StringIterator(Realm realm, String string) {
            super(realm.stringIteratorPrototype());
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
    public static JSObject result(Realm realm, Object value, boolean done) {
        return realm.newIterResult(value, done);
    }

    static void install(Realm realm) {
        realm.defineMethod(realm.iteratorPrototype(), JSSymbol.ITERATOR, 0, (r, self, args) -> self);
        JSFunction next = defineNext(realm, realm.arrayIteratorPrototype(), "Array Iterator",
                self -> self instanceof ArrayIterator);
        defineNext(realm, realm.stringIteratorPrototype(), "String Iterator", self -> self instanceof StringIterator);

        JSObject arrayProto = realm.arrayPrototype();
        realm.defineMethod(arrayProto, "keys", 0, (r, self, args) ->
                new ArrayIterator(r, Builtins.toObject(r, self), Kind.KEYS));
        realm.defineMethod(arrayProto, "entries", 0, (r, self, args) ->
                new ArrayIterator(r, Builtins.toObject(r, self), Kind.ENTRIES));
        // Array.prototype[Symbol.iterator] is the very function Array.prototype.values (§23.1.3.40).
        JSFunction values = realm.defineMethod(arrayProto, "values", 0, (r, self, args) ->
                new ArrayIterator(r, Builtins.toObject(r, self), Kind.VALUES));
        arrayProto.defineOwnProperty(JSSymbol.ITERATOR, values, PropertyAttributes.HIDDEN);
        realm.setArrayIterationIntrinsics(values, next);

        realm.defineMethod(realm.stringPrototype(), JSSymbol.ITERATOR, 0, (r, self, args) -> {
            if (Oddball.isNullish(self)) {
                throw JSException.typeError("String.prototype[Symbol.iterator] called on null or undefined");
            }
            return new StringIterator(r, Conversions.toString(self));
        });
    }

    /**
     * Gives an iterator prototype its `next` (advancing the iterators `kind` accepts, refusing
     * other receivers) and its [Symbol.toStringTag].
     */
    static JSFunction defineNext(Realm realm, JSObject proto, String tag, Predicate<Object> kind) {
        JSFunction next = realm.defineMethod(proto, "next", 0, (r, self, args) -> {
            if (!kind.test(self)) {
                throw JSException.typeError("Method " + tag + ".prototype.next called on incompatible receiver "
                        + Inspect.inspect(r, self));
            }
            return ((BuiltinIterator) self).next(r);
        });
        proto.defineOwnProperty(JSSymbol.TO_STRING_TAG, tag, PropertyAttributes.CONFIGURABLE);
        return next;
    }

    // ---- the protocol ---------------------------------------------------------------------------

    /**
     * GetIterator(obj, sync) (§7.4.3): calls obj[Symbol.iterator](). `notIterable` makes the
     * TypeError message when there is no such method (the callers word it as node does).
     */
    public static JSObject getIterator(Realm realm, Object iterable, Supplier<String> notIterable) {
        if (Oddball.isNullish(iterable)) {
            throw JSException.typeError(notIterable.get());
        }
        Object method = PropertyAccess.getNamed(realm, iterable, JSSymbol.ITERATOR);
        if (!(method instanceof JSFunction fn)) {
            throw JSException.typeError(notIterable.get());
        }
        Object iterator = fn.call(iterable, JSFunction.NO_ARGS);
        if (!(iterator instanceof JSObject o)) {
            throw JSException.typeError("Result of the Symbol.iterator method is not an object");
        }
        return o;
    }

    /** V8's message when a builtin's argument is not iterable: "number 5 is not iterable (...)". */
    static String notIterableNoSymbolLoad(Object value) {
        return PropertyAccess.describeWithType(value) + " is not iterable (cannot read property Symbol(Symbol.iterator))";
    }

    /** value[Symbol.iterator], or undefined for undefined and null (Array.from's "is it iterable" test). */
    static Object iteratorMethod(Realm realm, Object value) {
        return Oddball.isNullish(value) ? Oddball.UNDEFINED : PropertyAccess.getNamed(realm, value, JSSymbol.ITERATOR);
    }

    /**
     * Runs `sink` on every value `iterable` yields (IteratorStep/IteratorValue until done). If
     * `sink` throws, the iterator is closed (IteratorClose with a throw completion) and the
     * exception goes on.
     */
    public static void iterate(Realm realm, Object iterable, Supplier<String> notIterable, Consumer<Object> sink) {
        if (iterable instanceof JSArray array && iteratesAsBuiltin(realm, array)) {
            // The fast path: what the builtin array iterator would yield, without making it or
            // its result objects. Like the iterator, it reads `length` at every step.
            for (long i = 0; i < array.longLength(); i++) {
                sink.accept(ArrayLike.get(array, i));
            }
            return;
        }
        JSObject iterator = getIterator(realm, iterable, notIterable);
        Object next = iterator.get("next");
        while (true) {
            if (!(next instanceof JSFunction fn)) {
                throw JSException.typeError(Inspect.inspect(realm, next) + " is not a function");
            }
            Object result = fn.call(iterator, JSFunction.NO_ARGS);
            if (!(result instanceof JSObject r)) {
                throw JSException.typeError("Iterator result " + Inspect.inspect(realm, result) + " is not an object");
            }
            if (Conversions.toBoolean(r.get("done"))) {
                return;
            }
            Object value = r.get("value");
            try {
                sink.accept(value);
            } catch (JSException e) {
                closeAfterThrow(iterator);
                throw e;
            }
        }
    }

    /**
     * True while iterating `array` would run the builtin iterator unchanged: its
     * [Symbol.iterator] is still %Array.prototype.values% and the iterators' `next` the
     * builtin one (V8 guards its spread fast path with the same two checks, as protectors).
     */
    private static boolean iteratesAsBuiltin(Realm realm, JSArray array) {
        return array.get(JSSymbol.ITERATOR) == realm.arrayValues()
                && realm.arrayIteratorPrototype().get("next") == realm.arrayIteratorNext();
    }

    /**
     * IteratorClose (§7.4.11) for a normal completion (a `break` out of for-of): calls
     * `return` if the iterator has one; its result must be an object.
     */
    public static void close(JSObject iterator) {
        Object ret = iterator.get("return");
        if (Oddball.isNullish(ret)) {
            return;
        }
        if (!(ret instanceof JSFunction fn)) {
            throw JSException.typeError(Conversions.toString(ret) + " is not a function");
        }
        Object result = fn.call(iterator, JSFunction.NO_ARGS);
        if (!(result instanceof JSObject)) {
            throw JSException.typeError("Iterator result " + Conversions.toString(result) + " is not an object");
        }
    }

    /** IteratorClose for a throw completion: `return` is called, but the original exception wins. */
    public static void closeAfterThrow(JSObject iterator) {
        try {
            Object ret = iterator.get("return");
            if (ret instanceof JSFunction fn) {
                fn.call(iterator, JSFunction.NO_ARGS);
            }
        } catch (JSException ignored) {
            // §7.4.11 step 5: the throw completion that closed the iterator is what propagates.
        }
    }
}

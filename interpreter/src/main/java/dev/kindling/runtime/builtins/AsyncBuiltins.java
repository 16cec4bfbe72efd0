/*
 * The intrinsics of async functions and async iteration (ECMA-262 §27.1.3-4, §27.4, §27.6,
 * §27.7): %AsyncFunction.prototype% (toStringTag "AsyncFunction"), %AsyncIteratorPrototype%
 * ([Symbol.asyncIterator] returns this), %AsyncGeneratorPrototype% with next, return and throw
 * (each one request to a JSAsyncGenerator, returning its promise; a wrong receiver gives a
 * rejected promise, not a throw, §27.6.1.2 step 5), %AsyncGeneratorFunction.prototype%, and
 * %AsyncFromSyncIteratorPrototype%, whose objects (CreateAsyncFromSyncIterator) let `for await`
 * and `yield*` walk a sync iterator, awaiting each value (AsyncFromSyncIteratorContinuation).
 * The constructors %AsyncFunction% and %AsyncGeneratorFunction% are not globals (reachable as
 * the prototypes' `constructor`) and make functions from strings, as Function does.
 */
package dev.kindling.runtime.builtins;

import static dev.kindling.runtime.BuiltinFunction.arg;

import dev.kindling.runtime.ErrorType;
import dev.kindling.runtime.JSAsyncGenerator;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSGeneratorObject.ResumeMode;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSPromise;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.util.function.Supplier;

public final class AsyncBuiltins {
    private AsyncBuiltins() {
    }

    static void install(Realm realm) {
        JSObject asyncFunctionProto = realm.asyncFunctionPrototype();
        GeneratorBuiltins.linkConstructor(realm, asyncFunctionProto, "AsyncFunction", "async function");
        asyncFunctionProto.defineOwnProperty(JSSymbol.TO_STRING_TAG, "AsyncFunction", PropertyAttributes.CONFIGURABLE);

        JSObject asyncIterator = realm.asyncIteratorPrototype();
        realm.defineMethod(asyncIterator, JSSymbol.ASYNC_ITERATOR, 0, (r, self, args) -> self);

        JSObject proto = realm.asyncGeneratorPrototype();
        GeneratorBuiltins.linkFamily(realm, realm.asyncGeneratorFunctionPrototype(), proto, "AsyncGeneratorFunction",
                "async function*", "AsyncGenerator");
        defineRequest(realm, proto, "next", ResumeMode.NEXT);
        defineRequest(realm, proto, "return", ResumeMode.RETURN);
        defineRequest(realm, proto, "throw", ResumeMode.THROW);

        JSObject fromSync = realm.asyncFromSyncIteratorPrototype();
        realm.defineMethod(fromSync, "next", 1, (r, self, args) -> fromSyncStep(r, self, "next", args));
        realm.defineMethod(fromSync, "return", 1, (r, self, args) -> fromSyncStep(r, self, "return", args));
        realm.defineMethod(fromSync, "throw", 1, (r, self, args) -> fromSyncStep(r, self, "throw", args));
    }

    /** AsyncGenerator.prototype.next / return / throw (§27.6.1.2-4). */
    private static void defineRequest(Realm realm, JSObject proto, String name, ResumeMode mode) {
        realm.defineMethod(proto, name, 1, (r, self, args) -> {
            if (!(self instanceof JSAsyncGenerator generator)) {
                JSPromise rejected = JSPromise.create(r);
                rejected.reject(r.newError(ErrorType.TypeError, "Method [AsyncGenerator].prototype." + name
                        + " called on incompatible receiver " + Inspect.inspect(r, self)));
                return rejected;
            }
            return generator.enqueue(r, mode, arg(args, 0));
        });
    }

    /**
     * GetIterator(obj, async) (§7.4.3): obj[Symbol.asyncIterator](), or an async-from-sync
     * iterator over obj[Symbol.iterator](). `notAsyncIterable` words the TypeError when neither
     * method is there.
     */
    public static JSObject getAsyncIterator(Realm realm, Object iterable, Supplier<String> notAsyncIterable) {
        if (Oddball.isNullish(iterable)) {
            throw JSException.typeError("Cannot read properties of " + iterable + " (reading 'Symbol(Symbol.asyncIterator)')");
        }
        Object method = PropertyAccess.getNamed(realm, iterable, JSSymbol.ASYNC_ITERATOR);
        if (Oddball.isNullish(method)) {
            Object syncMethod = PropertyAccess.getNamed(realm, iterable, JSSymbol.ITERATOR);
            if (!(syncMethod instanceof JSFunction sync)) {
                throw JSException.typeError(notAsyncIterable.get());
            }
            if (!(sync.call(iterable, JSFunction.NO_ARGS) instanceof JSObject syncIterator)) {
                throw JSException.typeError("Result of the Symbol.iterator method is not an object");
            }
            return new AsyncFromSyncIterator(realm, syncIterator, syncIterator.get("next"));
        }
        if (!(method instanceof JSFunction fn)) {
            throw JSException.typeError(notAsyncIterable.get());
        }
        Object iterator = fn.call(iterable, JSFunction.NO_ARGS);
        if (!(iterator instanceof JSObject o)) {
            throw JSException.typeError("Result of the Symbol.asyncIterator method is not an object");
        }
        return o;
    }

    /** An Async-from-Sync Iterator object (§27.1.4.3): [[SyncIteratorRecord]]. */
    static final class AsyncFromSyncIterator extends JSObject {
        final JSObject syncIterator;
        final Object nextMethod;

        AsyncFromSyncIterator(Realm realm, JSObject syncIterator, Object nextMethod) {
            super(realm.asyncFromSyncIteratorPrototype().childRootShape());
            this.syncIterator = syncIterator;
            this.nextMethod = nextMethod;
        }
    }

    /**
     * %AsyncFromSyncIteratorPrototype%.next / return / throw (§27.1.4.2.1-3): the sync step, and
     * a promise of its result with the value awaited. Abrupt steps reject the promise. A missing
     * `return` fulfils {value, done: true}; a missing `throw` rejects with the value thrown in
     * (what V8 in node 20 does; newer editions close the sync iterator and reject with a TypeError).
     */
    private static Object fromSyncStep(Realm realm, Object self, String name, Object[] args) {
        JSPromise promise = JSPromise.create(realm);
        AsyncFromSyncIterator iterator = (AsyncFromSyncIterator) self;
        Object value = arg(args, 0);
        Object result;
        try {
            Object method = name.equals("next") ? iterator.nextMethod : iterator.syncIterator.get(name);
            if (!name.equals("next") && Oddball.isNullish(method)) {
                if (name.equals("return")) {
                    promise.resolve(realm.newIterResult(value, true));
                } else {
                    promise.reject(value);
                }
                return promise;
            }
            if (!(method instanceof JSFunction fn)) {
                throw JSException.typeError(Inspect.inspect(realm, method) + " is not a function");
            }
            result = args.length == 0 && !name.equals("next") ? fn.call(iterator.syncIterator, JSFunction.NO_ARGS)
                    : fn.call(iterator.syncIterator, new Object[] {value});
            if (!(result instanceof JSObject)) {
                throw JSException.typeError("Iterator result " + Inspect.inspect(realm, result) + " is not an object");
            }
        } catch (JSException e) {
            promise.reject(e.value(realm));
            return promise;
        }
        continuation(realm, (JSObject) result, promise);
        return promise;
    }

    /** AsyncFromSyncIteratorContinuation (§27.1.4.4): settles `promise` with {await value, done}. */
    private static void continuation(Realm realm, JSObject result, JSPromise promise) {
        boolean done;
        JSPromise valueWrapper;
        try {
            done = dev.kindling.runtime.Conversions.toBoolean(result.get("done"));
            valueWrapper = JSPromise.promiseResolve(realm, result.get("value"));
        } catch (JSException e) {
            promise.reject(e.value(realm));
            return;
        }
        JSFunction[] resolving = promise.createResolvingFunctions();
        JSFunction onFulfilled = realm.newBuiltin("", 1, (r, s, a) -> r.newIterResult(arg(a, 0), done));
        valueWrapper.performThen(onFulfilled, Oddball.UNDEFINED,
                new JSPromise.Capability(promise, resolving[0], resolving[1]));
    }
}

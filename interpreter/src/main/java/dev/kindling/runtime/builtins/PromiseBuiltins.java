/*
 * The Promise constructor and prototype (ECMA-262 §27.2.3–27.2.5): `new Promise(executor)`,
 * then/catch/finally, Promise.resolve/reject and Promise[Symbol.species]; the combinators are
 * in PromiseCombinators. The promise itself and the jobs live in runtime.JSPromise.
 *
 * Subclassing works as the spec lays it out: then() makes its result through
 * SpeciesConstructor and NewPromiseCapability, so `class P extends Promise` gets P's from
 * then, and Promise.resolve(x) returns x itself only when x.constructor is the receiver.
 * Messages are V8's words.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.BuiltinFunction;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSPromise;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import static dev.kindling.runtime.BuiltinFunction.arg;

public final class PromiseBuiltins {
    private PromiseBuiltins() {
    }

    static void install(Realm realm) {
        JSObject proto = realm.promisePrototype();
        BuiltinFunction ctor = Builtins.defineConstructor(realm, "Promise", 1, proto,
                (r, self, args) -> {
                    throw JSException.typeError("Promise constructor cannot be invoked without 'new'");
                },
                (r, args, newTarget) -> construct(r, arg(args, 0), newTarget));
        realm.setPromiseConstructor(ctor);
        realm.defineGetter(ctor, JSSymbol.SPECIES, (r, self, args) -> self);
        proto.defineOwnProperty(JSSymbol.TO_STRING_TAG, "Promise", PropertyAttributes.CONFIGURABLE);

        realm.defineMethod(proto, "then", 2, (r, self, args) -> {
            if (!(self instanceof JSPromise promise)) {
                throw incompatible("Promise.prototype.then", self);
            }
            JSFunction c = speciesConstructor(r, promise, ctor);
            return promise.performThen(arg(args, 0), arg(args, 1), newCapability(r, c, ctor));
        });
        realm.defineMethod(proto, "catch", 1, (r, self, args) ->
                invoke(r, self, "then", Oddball.UNDEFINED, arg(args, 0)));
        realm.defineMethod(proto, "finally", 1, (r, self, args) -> promiseFinally(r, self, arg(args, 0), ctor));

        realm.defineMethod(ctor, "resolve", 1, (r, self, args) -> {
            if (!(self instanceof JSObject c)) {
                throw JSException.typeError("PromiseResolve called on non-object");
            }
            return promiseResolve(r, c, arg(args, 0), ctor);
        });
        realm.defineMethod(ctor, "reject", 1, (r, self, args) -> {
            JSPromise.Capability capability = newCapability(r, self, ctor);
            capability.reject().call(Oddball.UNDEFINED, new Object[] {arg(args, 0)});
            return capability.promise();
        });
        PromiseCombinators.install(realm, ctor);
    }

    /** `new Promise(executor)` (§27.2.3.1). */
    private static Object construct(Realm realm, Object executor, JSObject newTarget) {
        if (!(executor instanceof JSFunction fn)) {
            throw JSException.typeError("Promise resolver " + describe(executor) + " is not a function");
        }
        JSPromise promise = new JSPromise(realm, Builtins.prototypeFromConstructor(newTarget, realm.promisePrototype())
                .childRootShape());
        if (realm.promiseHook() != null) {
            realm.promiseHook().created(promise);
        }
        JSFunction[] resolving = promise.createResolvingFunctions();
        try {
            fn.call(Oddball.UNDEFINED, new Object[] {resolving[0], resolving[1]});
        } catch (JSException e) {
            resolving[1].call(Oddball.UNDEFINED, new Object[] {e.value(realm)});
        }
        return promise;
    }

    /**
     * NewPromiseCapability(C) (§27.2.1.5): constructs C with an executor that captures the
     * resolve and reject functions. For %Promise% itself the result is the same as the
     * spec's walk, made directly.
     */
    static JSPromise.Capability newCapability(Realm realm, Object c, JSFunction intrinsic) {
        if (c == intrinsic) {
            JSPromise promise = JSPromise.create(realm);
            JSFunction[] resolving = promise.createResolvingFunctions();
            return new JSPromise.Capability(promise, resolving[0], resolving[1]);
        }
        if (!(c instanceof JSFunction constructor) || !constructor.isConstructor()) {
            throw JSException.typeError(describe(c) + " is not a constructor");
        }
        Object[] captured = {Oddball.UNDEFINED, Oddball.UNDEFINED};
        JSFunction executor = realm.newBuiltin("", 2, (r, self, args) -> {
            if (captured[0] != Oddball.UNDEFINED || captured[1] != Oddball.UNDEFINED) {
                throw JSException.typeError("Promise executor has already been invoked with non-undefined arguments");
            }
            captured[0] = arg(args, 0);
            captured[1] = arg(args, 1);
            return Oddball.UNDEFINED;
        });
        Object promise = constructor.construct(new Object[] {executor}, constructor);
        if (!(captured[0] instanceof JSFunction resolve) || !(captured[1] instanceof JSFunction reject)) {
            throw JSException.typeError("Promise resolve or reject function is not callable");
        }
        return new JSPromise.Capability((JSObject) promise, resolve, reject);
    }

    /** PromiseResolve(C, x) (§27.2.4.7.1): x itself if it is a promise made by C, else a new one resolved with x. */
    static Object promiseResolve(Realm realm, JSObject c, Object x, JSFunction intrinsic) {
        if (x instanceof JSPromise p && p.get("constructor") == c) {
            return p;
        }
        JSPromise.Capability capability = newCapability(realm, c, intrinsic);
        capability.resolve().call(Oddball.UNDEFINED, new Object[] {x});
        return capability.promise();
    }

    /** SpeciesConstructor(O, defaultConstructor) (§7.3.22). */
    private static JSFunction speciesConstructor(Realm realm, JSObject o, JSFunction defaultConstructor) {
        Object c = o.get("constructor");
        if (c == Oddball.UNDEFINED) {
            return defaultConstructor;
        }
        if (!(c instanceof JSObject co)) {
            throw JSException.typeError("The .constructor property is not an object");
        }
        Object s = co.get(JSSymbol.SPECIES);
        if (Oddball.isNullish(s)) {
            return defaultConstructor;
        }
        if (s instanceof JSFunction f && f.isConstructor()) {
            return f;
        }
        throw JSException.typeError("object.constructor[Symbol.species] is not a constructor");
    }

    /** Promise.prototype.finally (§27.2.5.3): the callback runs on either outcome, which passes through. */
    private static Object promiseFinally(Realm realm, Object self, Object onFinally, JSFunction intrinsic) {
        if (!(self instanceof JSObject promise)) {
            throw incompatible("Promise.prototype.finally", self);
        }
        JSFunction c = speciesConstructor(realm, promise, intrinsic);
        if (!(onFinally instanceof JSFunction callback)) {
            return invoke(realm, promise, "then", onFinally, onFinally);
        }
        JSFunction thenFinally = realm.newBuiltin("", 1, (r, s, args) -> {
            Object value = arg(args, 0);
            Object result = callback.call(Oddball.UNDEFINED, JSFunction.NO_ARGS);
            Object p = promiseResolve(r, c, result, intrinsic);
            JSFunction valueThunk = r.newBuiltin("", 0, (r2, s2, a2) -> value);
            return invoke(r, p, "then", valueThunk, Oddball.UNDEFINED);
        });
        JSFunction catchFinally = realm.newBuiltin("", 1, (r, s, args) -> {
            Object reason = arg(args, 0);
            Object result = callback.call(Oddball.UNDEFINED, JSFunction.NO_ARGS);
            Object p = promiseResolve(r, c, result, intrinsic);
            JSFunction thrower = r.newBuiltin("", 0, (r2, s2, a2) -> {
                throw new JSException(reason);
            });
            return invoke(r, p, "then", thrower, Oddball.UNDEFINED);
        });
        return invoke(realm, promise, "then", thenFinally, catchFinally);
    }

    /** Invoke(V, P, args) (§7.3.21): V[P](...args), with V8's words when V[P] is not callable. */
    static Object invoke(Realm realm, Object receiver, String name, Object... args) {
        Object method = PropertyAccess.getNamed(realm, receiver, name);
        if (!(method instanceof JSFunction fn)) {
            throw JSException.typeError(describe(method) + " is not a function");
        }
        return fn.call(receiver, args);
    }

    private static JSException incompatible(String method, Object receiver) {
        return JSException.typeError("Method " + method + " called on incompatible receiver " + describe(receiver));
    }

    /** V8's %ToString-for-messages of a value: "5", "undefined", "#<Object>". */
    static String describe(Object value) {
        if (value instanceof JSObject o) {
            return PropertyAccess.describe(o);
        }
        if (value instanceof JSSymbol s) {
            return s.toString();
        }
        return value instanceof String s ? s : Conversions.toString(value);
    }
}

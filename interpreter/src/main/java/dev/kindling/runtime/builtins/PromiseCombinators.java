/*
 * Promise.all, allSettled, race and any (ECMA-262 §27.2.4.1–27.2.4.5): each walks an iterable,
 * passes every value through C.resolve and subscribes to the result with then, counting the
 * outstanding ones from 1 (so the count cannot reach 0 before the iteration ends). A throw
 * while iterating rejects the result promise (IfAbruptRejectPromise), closing the iterator
 * when the throw did not come from the iterator itself.
 *
 * Promise.any rejects, when every input rejected, with an AggregateError "All promises were
 * rejected" whose `errors` are the reasons in input order. V8 makes that error inside a
 * builtin, with no JS frames: node prints it `[AggregateError: All promises were rejected]`.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.ErrorType;
import dev.kindling.runtime.JSError;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSPromise;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.util.ArrayList;
import java.util.List;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class PromiseCombinators {
    private PromiseCombinators() {
    }

    /** What one combinator does with each input promise and at the end of the iteration. */
    private enum Kind {
        ALL("all"), ALL_SETTLED("allSettled"), RACE("race"), ANY("any");

        final String name;

        Kind(String name) {
            this.name = name;
        }
    }

    static void install(Realm realm, JSFunction promise) {
        for (Kind kind : Kind.values()) {
            realm.defineMethod(promise, kind.name, 1, (r, self, args) -> {
                if (!(self instanceof JSObject)) {
                    throw JSException.typeError("Promise." + kind.name + " called on non-object");
                }
                return combine(r, self, arg(args, 0), kind, promise);
            });
        }
    }

    /** The shared frame of the four: capability, GetPromiseResolve, the iteration, IfAbruptRejectPromise. */
    private static Object combine(Realm realm, Object c, Object iterable, Kind kind, JSFunction intrinsic) {
        JSPromise.Capability capability = PromiseBuiltins.newCapability(realm, c, intrinsic);
        try {
            Object resolve = ((JSObject) c).get("resolve");
            if (!(resolve instanceof JSFunction promiseResolve)) {
                throw JSException.typeError("resolve is not a function"); // V8's words: the name, not the value
            }
            List<Object> values = new ArrayList<>();
            int[] remaining = {1};
            Iterators.iterate(realm, iterable, () -> Iterators.notIterableNoSymbolLoad(iterable), value -> {
                int index = values.size();
                Object next = promiseResolve.call(c, new Object[] {value});
                if (kind == Kind.RACE) {
                    PromiseBuiltins.invoke(realm, next, "then", capability.resolve(), capability.reject());
                    return;
                }
                values.add(Oddball.UNDEFINED);
                remaining[0]++;
                Object onFulfilled = switch (kind) {
                    case ALL -> element(realm, values, index, remaining, capability, kind, null, false);
                    case ALL_SETTLED -> element(realm, values, index, remaining, capability, kind, "fulfilled", false);
                    default -> capability.resolve();
                };
                Object onRejected = switch (kind) {
                    case ALL -> capability.reject();
                    case ALL_SETTLED -> element(realm, values, index, remaining, capability, kind, "rejected", true);
                    default -> element(realm, values, index, remaining, capability, kind, null, true);
                };
                PromiseBuiltins.invoke(realm, next, "then", onFulfilled, onRejected);
            });
            if (kind != Kind.RACE && --remaining[0] == 0) {
                finish(realm, values, capability, kind);
            }
        } catch (JSException e) {
            capability.reject().call(Oddball.UNDEFINED, new Object[] {e.value(realm)});
        }
        return capability.promise();
    }

    /**
     * A resolve-element (all), settled-element (allSettled) or reject-element (any) function:
     * records its input's outcome at `index` once ([[AlreadyCalled]]), and settles the result
     * when it was the last one outstanding.
     */
    private static JSFunction element(Realm realm, List<Object> values, int index, int[] remaining,
                                      JSPromise.Capability capability, Kind kind, String status, boolean rejected) {
        boolean[] alreadyCalled = {false};
        return realm.newBuiltin("", 1, (r, self, args) -> {
            if (alreadyCalled[0]) {
                return Oddball.UNDEFINED;
            }
            alreadyCalled[0] = true;
            Object x = arg(args, 0);
            if (kind == Kind.ALL_SETTLED) {
                JSObject entry = r.newObject();
                entry.set("status", status);
                entry.set(rejected ? "reason" : "value", x);
                x = entry;
            }
            values.set(index, x);
            if (--remaining[0] == 0) {
                finish(r, values, capability, kind);
            }
            return Oddball.UNDEFINED;
        });
    }

    private static void finish(Realm realm, List<Object> values, JSPromise.Capability capability, Kind kind) {
        JSObject array = realm.newArray(values.toArray());
        if (kind == Kind.ANY) {
            capability.reject().call(Oddball.UNDEFINED, new Object[] {allRejected(realm, array)});
        } else {
            capability.resolve().call(Oddball.UNDEFINED, new Object[] {array});
        }
    }

    /** The AggregateError of Promise.any, made as V8's builtin makes it: no JS frames. */
    private static JSError allRejected(Realm realm, JSObject errors) {
        String message = "All promises were rejected";
        JSError error = new JSError(realm.errorPrototype(ErrorType.AggregateError).childRootShape(), List.of());
        error.defineOwnProperty("stack", "AggregateError: " + message, PropertyAttributes.HIDDEN);
        error.defineOwnProperty("message", message, PropertyAttributes.HIDDEN);
        error.defineOwnProperty("errors", errors, PropertyAttributes.HIDDEN);
        return error;
    }
}

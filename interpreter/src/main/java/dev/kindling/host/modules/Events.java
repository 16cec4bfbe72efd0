/*
 * `require('events')`: node's EventEmitter (lib/events.js) — on/addListener, once,
 * prependListener, prependOnceListener, off/removeListener, removeAllListeners, emit,
 * listenerCount, listeners, rawListeners, eventNames, set/getMaxListeners — and the static
 * EventEmitter.once(emitter, name), a promise of the next event's arguments. `process` is one
 * (its prototype chain reaches EventEmitter.prototype, as node's does).
 *
 * The semantics node programs rely on: listeners run synchronously, in order, `this` the
 * emitter; emit works on a copy of the list, so a listener added or removed during an emit
 * takes effect from the next one; a once listener is removed before it runs; 'newListener' is
 * emitted before a listener is added and 'removeListener' after one is removed; an 'error'
 * event with no listener throws — the error itself if it is one, else node's
 * `Error: Unhandled error. (value)` with code ERR_UNHANDLED_ERROR and `context`.
 *
 * Unlike node, the listeners live in a Java map of the emitter, not in an `_events` property,
 * so console.log of an emitter shows none of node's bookkeeping fields.
 */
package dev.kindling.host.modules;

import dev.kindling.host.errors.NodeErrors;
import dev.kindling.runtime.BuiltinFunction;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.ErrorType;
import dev.kindling.runtime.JSError;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSPromise;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.Shape;
import dev.kindling.runtime.builtins.Inspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.kindling.runtime.BuiltinFunction.arg;

public final class Events {
    /** node's events.defaultMaxListeners. */
    private static final int DEFAULT_MAX_LISTENERS = 10;

    /** An EventEmitter: a JS object with its listener lists, by event name (string or symbol). */
    public static final class Emitter extends JSObject {
        private final Map<Object, List<Listener>> events = new LinkedHashMap<>();
        private int maxListeners = DEFAULT_MAX_LISTENERS;

        public Emitter(Shape shape) {
            super(shape);
        }

        /** The number of listeners of `name` (node's listenerCount). */
        public int listenerCount(Object name) {
            List<Listener> list = events.get(name);
            return list == null ? 0 : list.size();
        }
    }

    private record Listener(JSFunction function, boolean once) {
    }

    private final Realm realm;
    private final BuiltinFunction constructor;
    private final JSObject prototype;

    public Events(Realm realm) {
        this.realm = realm;
        this.prototype = realm.newObject();
        this.constructor = new BuiltinFunction(realm, "EventEmitter", 1, (r, self, args) -> {
            throw JSException.typeError("Class constructor EventEmitter cannot be invoked without 'new'");
        }, (r, args, newTarget) -> {
            Object proto = newTarget.get("prototype");
            return new Emitter((proto instanceof JSObject p ? p : prototype).childRootShape());
        });
        constructor.defineOwnProperty("prototype", prototype, 0);
        prototype.defineOwnProperty("constructor", constructor, PropertyAttributes.HIDDEN);
        constructor.defineOwnProperty("EventEmitter", constructor, PropertyAttributes.DEFAULT);
        constructor.defineOwnProperty("defaultMaxListeners", DEFAULT_MAX_LISTENERS, PropertyAttributes.DEFAULT);
        realm.defineMethod(constructor, "once", 2, (r, self, args) -> onceAsPromise(arg(args, 0), arg(args, 1)));
        install();
    }

    /** The module's exports: the EventEmitter constructor. */
    public JSFunction exports() {
        return constructor;
    }

    /** A new emitter of EventEmitter.prototype (what `process` is made as). */
    public Emitter newEmitter() {
        return new Emitter(prototype.childRootShape());
    }

    private void install() {
        BuiltinFunction on = method("on", 2, (e, args) -> add(e, arg(args, 0), arg(args, 1), false, false));
        prototype.defineOwnProperty("addListener", on, PropertyAttributes.HIDDEN);
        method("prependListener", 2, (e, args) -> add(e, arg(args, 0), arg(args, 1), false, true));
        method("once", 2, (e, args) -> add(e, arg(args, 0), arg(args, 1), true, false));
        method("prependOnceListener", 2, (e, args) -> add(e, arg(args, 0), arg(args, 1), true, true));
        BuiltinFunction off = method("removeListener", 2, (e, args) -> remove(e, arg(args, 0), arg(args, 1)));
        prototype.defineOwnProperty("off", off, PropertyAttributes.HIDDEN);
        method("removeAllListeners", 1, (e, args) -> {
            if (args.length == 0 || args[0] == Oddball.UNDEFINED) {
                e.events.clear();
            } else {
                e.events.remove(key(args[0]));
            }
            return e;
        });
        method("emit", 1, (e, args) -> emit(e, arg(args, 0),
                args.length <= 1 ? JSFunction.NO_ARGS : java.util.Arrays.copyOfRange(args, 1, args.length)));
        method("listenerCount", 1, (e, args) -> e.listenerCount(key(arg(args, 0))));
        method("listeners", 1, (e, args) -> listeners(e, arg(args, 0)));
        method("rawListeners", 1, (e, args) -> listeners(e, arg(args, 0)));
        method("eventNames", 0, (e, args) -> realm.newArray(e.events.keySet().toArray()));
        method("setMaxListeners", 1, (e, args) -> {
            e.maxListeners = Conversions.toInt32(arg(args, 0));
            return e;
        });
        method("getMaxListeners", 0, (e, args) -> e.maxListeners);
    }

    @FunctionalInterface
    private interface EmitterMethod {
        Object call(Emitter emitter, Object[] args);
    }

    private BuiltinFunction method(String name, int length, EmitterMethod body) {
        return realm.defineMethod(prototype, name, length, (r, self, args) -> {
            if (!(self instanceof Emitter emitter)) {
                throw JSException.typeError("EventEmitter.prototype." + name + " called on an object that is not an EventEmitter");
            }
            return body.call(emitter, args);
        });
    }

    private static Object key(Object name) {
        return name instanceof dev.kindling.runtime.JSSymbol ? name : Conversions.toString(name);
    }

    private Object add(Emitter e, Object name, Object listener, boolean once, boolean prepend) {
        if (!(listener instanceof JSFunction fn)) {
            throw invalidListener(listener);
        }
        Object k = key(name);
        if (e.listenerCount("newListener") > 0) {
            emit(e, "newListener", new Object[] {k, fn});
        }
        List<Listener> list = e.events.computeIfAbsent(k, x -> new ArrayList<>());
        Listener entry = new Listener(fn, once);
        if (prepend) {
            list.add(0, entry);
        } else {
            list.add(entry);
        }
        return e;
    }

    private Object remove(Emitter e, Object name, Object listener) {
        if (!(listener instanceof JSFunction fn)) {
            throw invalidListener(listener);
        }
        Object k = key(name);
        List<Listener> list = e.events.get(k);
        if (list == null) {
            return e;
        }
        for (int i = list.size() - 1; i >= 0; i--) { // node removes the most recently added match
            if (list.get(i).function == fn) {
                list.remove(i);
                if (list.isEmpty()) {
                    e.events.remove(k);
                }
                if (e.listenerCount("removeListener") > 0) {
                    emit(e, "removeListener", new Object[] {k, fn});
                }
                break;
            }
        }
        return e;
    }

    /** emit (node's EventEmitter.prototype.emit): true if the event had listeners. */
    public boolean emit(Emitter e, Object name, Object[] args) {
        Object k = key(name);
        List<Listener> list = e.events.get(k);
        if (list == null || list.isEmpty()) {
            if ("error".equals(k)) {
                Object er = args.length > 0 ? args[0] : Oddball.UNDEFINED;
                if (er instanceof JSError) {
                    throw new JSException(er);
                }
                JSError error = realm.newError(ErrorType.Error, "Unhandled error. (" + Inspect.inspect(realm, er) + ")");
                error.defineOwnProperty("code", "ERR_UNHANDLED_ERROR", PropertyAttributes.DEFAULT);
                error.defineOwnProperty("context", er, PropertyAttributes.DEFAULT);
                throw new JSException(error);
            }
            return false;
        }
        for (Listener listener : List.copyOf(list)) {
            if (listener.once) {
                List<Listener> current = e.events.get(k);
                if (current == null || !current.remove(listener)) {
                    continue; // already removed by an earlier listener of this emit
                }
                if (current.isEmpty()) {
                    e.events.remove(k);
                }
            }
            listener.function.call(e, args);
        }
        return true;
    }

    private Object listeners(Emitter e, Object name) {
        List<Listener> list = e.events.getOrDefault(key(name), List.of());
        return realm.newArray(list.stream().map(Listener::function).toArray());
    }

    /** events.once(emitter, name): a promise of the next `name` event's arguments (rejected by an 'error'). */
    private Object onceAsPromise(Object target, Object name) {
        if (!(target instanceof Emitter e)) {
            throw JSException.typeError("The \"emitter\" argument must be an instance of EventEmitter");
        }
        JSPromise promise = JSPromise.create(realm);
        Object k = key(name);
        JSFunction[] pair = new JSFunction[2];
        pair[0] = realm.newBuiltin("", 0, (r, self, args) -> {
            if (!"error".equals(k)) {
                remove(e, "error", pair[1]);
            }
            promise.resolve(r.newArray(args.clone()));
            return Oddball.UNDEFINED;
        });
        pair[1] = realm.newBuiltin("", 1, (r, self, args) -> {
            remove(e, k, pair[0]);
            promise.reject(arg(args, 0));
            return Oddball.UNDEFINED;
        });
        add(e, k, pair[0], true, false);
        if (!"error".equals(k)) {
            add(e, "error", pair[1], true, false);
        }
        return promise;
    }

    private JSException invalidListener(Object listener) {
        return NodeErrors.invalidArgType(realm, "listener", "of type function", listener);
    }
}

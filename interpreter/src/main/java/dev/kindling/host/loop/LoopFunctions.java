/*
 * The loop's JS face, as node installs it: the globals setTimeout, clearTimeout,
 * setInterval, clearInterval, setImmediate, clearImmediate and queueMicrotask, and
 * process.nextTick; the Timeout objects' ref/unref/hasRef/refresh/close and
 * [Symbol.toPrimitive] (the timer's id, which clearTimeout also accepts), the Immediate
 * objects' ref/unref/hasRef. Arguments are checked as node checks them (ERR_INVALID_ARG_TYPE).
 */
package dev.kindling.host.loop;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static dev.kindling.runtime.BuiltinFunction.arg;

public final class LoopFunctions {
    private final Realm realm;
    private final EventLoop loop;
    private final JSObject timeoutPrototype;
    private final JSObject immediatePrototype;
    /** Timers by id, for clearTimeout(id) (node's knownTimersById). */
    private final Map<Integer, Timers.Timeout> timersById = new HashMap<>();
    private int lastId;

    private LoopFunctions(Realm realm, EventLoop loop) {
        this.realm = realm;
        this.loop = loop;
        this.timeoutPrototype = realm.newNamedPrototype("Timeout");
        this.immediatePrototype = realm.newNamedPrototype("Immediate");
    }

    /** Installs the globals and process.nextTick. */
    public static void install(Realm realm, EventLoop loop, JSObject process) {
        new LoopFunctions(realm, loop).install(process);
    }

    private void install(JSObject process) {
        JSObject global = realm.global();
        realm.defineMethod(global, "setTimeout", 2, (r, self, args) -> setTimer(args, false));
        realm.defineMethod(global, "setInterval", 2, (r, self, args) -> setTimer(args, true));
        realm.defineMethod(global, "clearTimeout", 1, (r, self, args) -> clearTimer(arg(args, 0)));
        realm.defineMethod(global, "clearInterval", 1, (r, self, args) -> clearTimer(arg(args, 0)));
        realm.defineMethod(global, "setImmediate", 1, (r, self, args) -> {
            JSFunction callback = EventLoop.callback(r, arg(args, 0));
            Immediates.Immediate immediate = new Immediates.Immediate(immediatePrototype.childRootShape(), callback,
                    rest(args, 1), loop.siteForTrace());
            loop.immediates().add(immediate);
            return immediate;
        });
        realm.defineMethod(global, "clearImmediate", 1, (r, self, args) -> {
            if (arg(args, 0) instanceof Immediates.Immediate immediate) {
                loop.immediates().cancel(immediate);
            }
            return Oddball.UNDEFINED;
        });
        realm.defineMethod(global, "queueMicrotask", 1, (r, self, args) -> {
            loop.tasks().queueMicrotask(EventLoop.callback(r, arg(args, 0)));
            return Oddball.UNDEFINED;
        });
        realm.defineMethod(process, "nextTick", 1, (r, self, args) -> {
            loop.tasks().nextTick(EventLoop.callback(r, arg(args, 0)), rest(args, 1));
            return Oddball.UNDEFINED;
        });

        realm.defineMethod(timeoutPrototype, "ref", 0, (r, self, args) -> timerRef(self, true));
        realm.defineMethod(timeoutPrototype, "unref", 0, (r, self, args) -> timerRef(self, false));
        realm.defineMethod(timeoutPrototype, "hasRef", 0, (r, self, args) ->
                self instanceof Timers.Timeout t && t.ref);
        realm.defineMethod(timeoutPrototype, "refresh", 0, (r, self, args) -> {
            if (self instanceof Timers.Timeout t && t.scheduled) {
                loop.timers().schedule(t, loop.currentTime());
            }
            return self;
        });
        realm.defineMethod(timeoutPrototype, "close", 0, (r, self, args) -> {
            clearTimer(self);
            return self;
        });
        realm.defineMethod(timeoutPrototype, JSSymbol.TO_PRIMITIVE, 0, (r, self, args) -> {
            if (!(self instanceof Timers.Timeout t)) {
                return Oddball.UNDEFINED;
            }
            timersById.put(t.id, t);
            return t.id;
        });
        realm.defineMethod(immediatePrototype, "ref", 0, (r, self, args) -> immediateRef(self, true));
        realm.defineMethod(immediatePrototype, "unref", 0, (r, self, args) -> immediateRef(self, false));
        realm.defineMethod(immediatePrototype, "hasRef", 0, (r, self, args) ->
                self instanceof Immediates.Immediate i && i.ref);
    }

    /** setTimeout / setInterval(callback, delay, ...args). */
    private Object setTimer(Object[] args, boolean repeat) {
        JSFunction callback = EventLoop.callback(realm, arg(args, 0));
        double delay = Timers.coerceDelay(Conversions.toNumber(arg(args, 1)));
        Timers.Timeout timer = new Timers.Timeout(timeoutPrototype.childRootShape(), callback, rest(args, 2), delay,
                repeat, loop.siteForTrace(), ++lastId);
        timer.defineOwnProperty("_onTimeout", callback, PropertyAttributes.HIDDEN);
        loop.timers().schedule(timer, loop.currentTime());
        return timer;
    }

    private Object clearTimer(Object value) {
        Timers.Timeout timer = value instanceof Timers.Timeout t ? t
                : value instanceof Integer || value instanceof Double || value instanceof String
                ? timersById.get((int) Conversions.toNumber(value)) : null;
        if (timer != null) {
            timer.cleared = true;
            loop.timers().cancel(timer);
            timersById.remove(timer.id);
        }
        return Oddball.UNDEFINED;
    }

    private Object timerRef(Object self, boolean ref) {
        if (self instanceof Timers.Timeout t) {
            loop.timers().setRef(t, ref);
        }
        return self;
    }

    private Object immediateRef(Object self, boolean ref) {
        if (self instanceof Immediates.Immediate i) {
            loop.immediates().setRef(i, ref);
        }
        return self;
    }

    private static Object[] rest(Object[] args, int from) {
        return args.length <= from ? JSFunction.NO_ARGS : Arrays.copyOfRange(args, from, args.length);
    }
}

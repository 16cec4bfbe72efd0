/*
 * A handle on a JS function: call it (or `new` it) with Java values, get a Java value back.
 * This is the embedder's hot path (the benchmarks time through it): it maps the arguments
 * and the result and does nothing else.
 */
package dev.kindling.api;

import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.Oddball;

public final class JsFunction extends JsObject {
    private final JSFunction function;

    JsFunction(Kindling engine, JSFunction function) {
        super(engine, function);
        this.function = function;
    }

    /** f(args...), with `this` undefined. */
    public Object call(Object... args) {
        return call(engine, function, Oddball.UNDEFINED, args);
    }

    /** f.call(receiver, args...). */
    public Object callOn(Object receiver, Object... args) {
        Object thisArg;
        try {
            thisArg = engine.values().toJs(receiver);
        } catch (RuntimeException e) {
            throw engine.translate(e);
        }
        return call(engine, function, thisArg, args);
    }

    /** new f(args...). */
    public Object construct(Object... args) {
        try {
            return engine.values().toJava(function.construct(engine.values().toJs(args), function));
        } catch (RuntimeException e) {
            throw engine.translate(e);
        }
    }

    static Object call(Kindling engine, JSFunction function, Object thisArg, Object[] args) {
        try {
            Values values = engine.values();
            return values.toJava(function.call(thisArg, values.toJs(args)));
        } catch (RuntimeException e) {
            throw engine.translate(e);
        }
    }
}

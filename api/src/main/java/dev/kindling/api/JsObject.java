/*
 * A handle on a JS object, for Java code: read and write its properties, call its methods.
 * Values cross as Values maps them. Two handles are equal when they stand for the same JS
 * object. A handle keeps its object (and its engine) alive.
 */
package dev.kindling.api;

import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.builtins.Inspect;

import java.util.ArrayList;
import java.util.List;

public class JsObject {
    final Kindling engine;
    final JSObject object;

    JsObject(Kindling engine, JSObject object) {
        this.engine = engine;
        this.object = object;
    }

    /** object[key] (getters run, the prototype chain is searched); null for undefined. */
    public Object get(String key) {
        try {
            return engine.values().toJava(object.get(key));
        } catch (RuntimeException e) {
            throw engine.translate(e);
        }
    }

    /** object[symbol] (getters run). */
    public Object get(JsSymbol key) {
        try {
            return engine.values().toJava(object.get(engine.values().toJs(key)));
        } catch (RuntimeException e) {
            throw engine.translate(e);
        }
    }

    /** object[key] = value (setters run). */
    public void set(String key, Object value) {
        try {
            object.set(key, engine.values().toJs(value));
        } catch (RuntimeException e) {
            throw engine.translate(e);
        }
    }

    /** `key in object`. */
    public boolean has(String key) {
        return object.hasProperty(key);
    }

    /** Object.keys(object): its own enumerable string keys, in JS order. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (String key : object.ownKeys()) {
            if ((object.getOwnAttributes(key) & PropertyAttributes.ENUMERABLE) != 0) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** object[key] as a function; IllegalArgumentException if it is not one. */
    public JsFunction getFunction(String key) {
        return asFunction(get(key), key);
    }

    /** object.method(args...): the method called with this object as `this`. */
    public Object invoke(String method, Object... args) {
        Object f;
        try {
            f = object.get(method);
        } catch (RuntimeException e) {
            throw engine.translate(e);
        }
        if (!(f instanceof JSFunction function)) {
            throw new IllegalArgumentException("'" + method + "' is not a function: " + engine.values().toJava(f));
        }
        return JsFunction.call(engine, function, object, args);
    }

    static JsFunction asFunction(Object value, String name) {
        if (value instanceof JsFunction f) {
            return f;
        }
        throw new IllegalArgumentException("'" + name + "' is not a function: " + value);
    }

    /** The object as console.log prints it. */
    @Override
    public String toString() {
        return Inspect.inspect(engine.realm(), object);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsObject h && h.object == object;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(object);
    }
}

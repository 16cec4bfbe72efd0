/*
 * The one mapping between Java values and JS values, both ways.
 *
 *   JS                         Java
 *   number (int32, not -0)     Integer
 *   number (any other)         Double
 *   string                     String
 *   boolean                    Boolean
 *   undefined, null            null
 *   array                      JsArray       (a handle: the same JS array, not a copy)
 *   function                   JsFunction    (a handle)
 *   any other object           JsObject      (a handle)
 *   symbol                     JsSymbol      (a handle)
 *
 * Into JS: Integer, Short, Byte, Long, Float and Double become numbers (normalized as the
 * engine holds them: 3.0 is the int 3), String and Character strings, Boolean booleans,
 * Java null is JS null, and a handle is the JS object it stands for (of the same engine).
 * Other Java objects are refused (IllegalArgumentException): the engine exposes no Java
 * object to JS.
 *
 * Guarantees: no engine-internal object (Oddball, JSObject, the_hole) reaches the caller.
 */
package dev.kindling.api;

import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSError;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.builtins.Inspect;

final class Values {
    private final Kindling engine;
    private final Realm realm;

    Values(Kindling engine, Realm realm) {
        this.engine = engine;
        this.realm = realm;
    }

    /** A JS value as the caller sees it (the table above). */
    Object toJava(Object value) {
        if (value instanceof Integer || value instanceof Double || value instanceof String
                || value instanceof Boolean) {
            return value;
        }
        if (value == Oddball.UNDEFINED || value == Oddball.NULL) {
            return null;
        }
        if (value instanceof JSFunction f) {
            return new JsFunction(engine, f);
        }
        if (value instanceof JSArray a) {
            return new JsArray(engine, a);
        }
        if (value instanceof JSObject o) {
            return new JsObject(engine, o);
        }
        if (value instanceof JSSymbol symbol) {
            return new JsSymbol(engine, symbol);
        }
        if (value instanceof CharSequence s) {
            return s.toString(); // a string the engine holds in another form (a rope)
        }
        throw new UnsupportedOperationException("Kindling API: no Java mapping yet for the JS value "
                + Inspect.inspect(realm, value));
    }

    /** A Java value as JS sees it (the table above). */
    Object toJs(Object value) {
        if (value instanceof Integer || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value == null) {
            return Oddball.NULL;
        }
        if (value instanceof Double || value instanceof Float) {
            return Numbers.normalize(((Number) value).doubleValue());
        }
        if (value instanceof Long || value instanceof Short || value instanceof Byte) {
            long l = ((Number) value).longValue();
            return Math.abs(l) <= (1L << 53) ? Numbers.normalize(l) : Numbers.normalize((double) l);
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        if (value instanceof JsObject handle) {
            if (handle.engine != engine) {
                throw new IllegalArgumentException("a JS object of another Kindling engine: " + handle);
            }
            return handle.object;
        }
        if (value instanceof JsSymbol handle) {
            if (handle.engine != engine) {
                throw new IllegalArgumentException("a JS symbol of another Kindling engine: " + handle);
            }
            return handle.symbol;
        }
        throw new IllegalArgumentException("Kindling API: no JS value for a Java " + value.getClass().getName());
    }

    /** Arguments for a JS call. */
    Object[] toJs(Object[] args) {
        Object[] js = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            js[i] = toJs(args[i]);
        }
        return js;
    }

    /** What a JsException carries of a thrown JS value. */
    record Thrown(String message, String jsStack, Object value) {
    }

    /**
     * The message node prints for a thrown value (`TypeError: msg` for an Error, the inspected
     * value otherwise), its JS stack (an Error's `stack`, else null) and the value itself.
     */
    Thrown thrown(Object value) {
        if (value instanceof JSError error) {
            Object stack = error.get("stack");
            Object name = error.get("name");
            Object message = error.get("message");
            String text = name instanceof String n ? n : "Error";
            if (message instanceof String m && !m.isEmpty()) {
                text += ": " + m;
            }
            return new Thrown(text, stack instanceof String s ? s : null, toJava(value));
        }
        Object java;
        try {
            java = toJava(value);
        } catch (UnsupportedOperationException e) {
            java = null;
        }
        return new Thrown(Inspect.inspect(realm, value), null, java);
    }
}

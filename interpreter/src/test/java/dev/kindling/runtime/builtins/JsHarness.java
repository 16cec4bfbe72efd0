/*
 * Test support: a fresh realm and a way to call its builtins from Java the way a JS program
 * would — `call("Math.round", -0.5)` looks Math up on the global object, then round on it,
 * and calls it with Math as `this`; `invoke("abc", "slice", 1)` calls a method on any value
 * through PropertyAccess, as `"abc".slice(1)` does. `show(v)` prints a value as console.log
 * would, so expected strings can be copied from node's output verbatim.
 *
 * console output goes to buffers readable with out() / err().
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

final class JsHarness {
    static final Object U = Oddball.UNDEFINED;
    static final Object NULL = Oddball.NULL;

    final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final Realm realm = Builtins.createRealm(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8));

    /** The value at a dotted path from the global object: "Math.PI", "Array.prototype". */
    Object global(String path) {
        Object v = realm.global();
        for (String part : path.split("\\.")) {
            v = PropertyAccess.getNamed(realm, v, part);
        }
        return v;
    }

    /** Calls the function at `path` with its holder as `this`: call("Math.max", 1, 2). */
    Object call(String path, Object... args) {
        int dot = path.lastIndexOf('.');
        Object holder = dot < 0 ? U : global(path.substring(0, dot));
        return ((JSFunction) global(path)).call(holder, args);
    }

    /** `new C(args)` for the constructor at `path`. */
    Object construct(String path, Object... args) {
        JSFunction c = (JSFunction) global(path);
        return c.construct(args, c);
    }

    /** receiver.method(args) for any receiver, primitives included. */
    Object invoke(Object receiver, String method, Object... args) {
        return ((JSFunction) PropertyAccess.getNamed(realm, receiver, method)).call(receiver, args);
    }

    /** The error a call throws, as "Name: message". */
    String thrown(Runnable code) {
        try {
            code.run();
        } catch (JSException e) {
            Object v = e.value(realm);
            return v instanceof JSObject o ? PropertyAccess.getNamed(realm, o, "name") + ": "
                    + PropertyAccess.getNamed(realm, o, "message") : String.valueOf(v);
        }
        throw new AssertionError("no exception");
    }

    /**
     * The result of `code` as util.inspect prints it (strings quoted), or "!Name: message"
     * when it throws — the form the generated test tables use.
     */
    String evaluate(java.util.function.Function<JsHarness, Object> code) {
        try {
            return Inspect.inspect(realm, code.apply(this));
        } catch (JSException e) {
            return "!" + thrown(() -> {
                throw e;
            });
        }
    }

    /** console.log's rendering of one value. */
    String show(Object value) {
        return ConsoleFormat.format(realm, new Object[] {value}, java.util.Set.of());
    }

    /** console.log(args...) and what it printed, without the final newline. */
    String log(Object... args) {
        outBytes.reset();
        ((JSFunction) global("console.log")).call(U, args);
        String s = outBytes.toString(StandardCharsets.UTF_8);
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** A JS function whose body is a Java lambda: fn((args) -> ...) stands for (a, b) => ... */
    JSFunction fn(java.util.function.Function<Object[], Object> body) {
        return realm.newBuiltin("", 0, (r, thisArg, args) -> body.apply(args));
    }

    /** Calls the function at `path` with an explicit `this`: Array.prototype.push.call(o, 1). */
    Object callOn(String path, Object thisArg, Object... args) {
        return ((JSFunction) global(path)).call(thisArg, args);
    }

    JSArray array(Object... elements) {
        return realm.newArray(elements.clone());
    }

    /** A plain object from key/value pairs: obj("a", 1, "b", "x"). */
    JSObject obj(Object... keysAndValues) {
        JSObject o = realm.newObject();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            o.defineOwnProperty((String) keysAndValues[i], keysAndValues[i + 1], PropertyAttributes.DEFAULT);
        }
        return o;
    }
}

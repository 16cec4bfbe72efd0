/*
 * Installs every builtin of the realm, family by family, in dependency order: Object and
 * Function first (every other constructor links to their prototypes), the error constructors
 * before anything that may throw while installing, console last.
 *
 * Also the few helpers every family uses to lay out a constructor and its prototype the way
 * ECMA-262 §18 (ECMAScript Standard Built-in Objects) prescribes:
 *   - methods and constructors: writable, configurable, not enumerable (HIDDEN);
 *   - C.prototype: not writable, not enumerable, not configurable;
 *   - C.prototype.constructor: writable, configurable, not enumerable;
 *   - value properties such as Math.PI or NaN: none of the three.
 *
 * Guarantees: after createRealm(), realm.global() holds every global of this milestone, and each
 * intrinsic prototype of the realm has its `constructor`.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.BuiltinFunction;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.io.PrintStream;

public final class Builtins {
    /** Not writable, not enumerable, not configurable: Math.PI, NaN, C.prototype. */
    static final int FROZEN = 0;

    private Builtins() {
    }

    /** A new realm with every builtin installed: the one way the engine and the tests make one. */
    public static Realm createRealm(PrintStream out, PrintStream err) {
        Realm realm = new Realm(out, err);
        install(realm);
        return realm;
    }

    private static void install(Realm realm) {
        ObjectBuiltins.install(realm);
        FunctionBuiltins.install(realm);
        ErrorBuiltins.install(realm);
        GlobalBuiltins.install(realm);
        UriBuiltins.install(realm);
        BooleanBuiltins.install(realm);
        SymbolBuiltins.install(realm);
        NumberBuiltins.install(realm);
        StringBuiltins.install(realm);
        RegExpBuiltins.install(realm);
        ArrayBuiltins.install(realm);
        Iterators.install(realm);
        GeneratorBuiltins.install(realm);
        AsyncBuiltins.install(realm);
        MapSetBuiltins.install(realm);
        WeakCollectionBuiltins.install(realm);
        MathBuiltins.install(realm);
        DateBuiltins.install(realm);
        JsonBuiltins.install(realm);
        ReflectBuiltins.install(realm);
        PromiseBuiltins.install(realm);
        ConsoleBuiltins.install(realm);
    }

    /**
     * Makes the global constructor `name` whose instances inherit from `prototype`: defines
     * C.prototype and prototype.constructor, and binds C on the global object.
     * `construct` may be null for a function that is not a constructor.
     */
    static BuiltinFunction defineConstructor(Realm realm, String name, int length, JSObject prototype,
                                             BuiltinFunction.Body call, BuiltinFunction.ConstructBody construct) {
        BuiltinFunction ctor = new BuiltinFunction(realm, name, length, call, construct);
        ctor.defineOwnProperty("prototype", prototype, FROZEN);
        prototype.defineOwnProperty("constructor", ctor, PropertyAttributes.HIDDEN);
        realm.global().defineOwnProperty(name, ctor, PropertyAttributes.HIDDEN);
        return ctor;
    }

    /**
     * GetPrototypeFromConstructor (§10.1.14): newTarget.prototype if it is an object, else the
     * constructor's intrinsic prototype (not Object.prototype, as for ordinary functions).
     */
    static JSObject prototypeFromConstructor(JSObject newTarget, JSObject intrinsic) {
        Object proto = newTarget.get("prototype");
        return proto instanceof JSObject p ? p : intrinsic;
    }

    /** V8's TypeError for a builtin method called on a receiver of the wrong kind. */
    static JSException incompatibleReceiver(String method, Object self) {
        return JSException.typeError("Method " + method + " called on incompatible receiver "
                + (self instanceof JSObject o ? dev.kindling.runtime.PropertyAccess.describe(o) : String.valueOf(self)));
    }

    /** A constant: not writable, not enumerable, not configurable. */
    static void defineConstant(JSObject target, String name, Object value) {
        target.defineOwnProperty(name, value, FROZEN);
    }

    /**
     * ToObject (ECMA-262 §7.1.18) for the `this` of a builtin method (and the ToObject bytecode): undefined and null throw
     * node's "Cannot convert undefined or null to object"; primitives are wrapped.
     */
    public static JSObject toObject(Realm realm, Object value) {
        if (value instanceof JSObject o) {
            return o;
        }
        if (Oddball.isNullish(value)) {
            throw JSException.typeError("Cannot convert undefined or null to object");
        }
        return PrimitiveWrapper.wrap(realm, value);
    }
}

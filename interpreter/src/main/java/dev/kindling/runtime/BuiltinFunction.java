/*
 * A function implemented in Java: console.log, Math.max, the Error constructors... Its body
 * is a lambda; a builtin that is also a constructor has a second lambda for [[Construct]].
 * (Truffle's SimpleLanguage keeps each builtin in one small class; we keep each in one small
 * method of its family's file in runtime.builtins, and this class wraps it.)
 */
package dev.kindling.runtime;

public class BuiltinFunction extends JSFunction {
    /** [[Call]] of a builtin: `this` and the arguments, as JS passed them. */
    @FunctionalInterface
    public interface Body {
        Object call(Realm realm, Object thisArg, Object[] args);
    }

    /** [[Construct]] of a builtin constructor. */
    @FunctionalInterface
    public interface ConstructBody {
        Object construct(Realm realm, Object[] args, JSObject newTarget);
    }

    private final Body body;
    private final ConstructBody constructBody;

    public BuiltinFunction(Realm realm, String name, int length, Body body, ConstructBody constructBody) {
        super(realm, realm.functionPrototype().childRootShape(), name, length, false);
        this.body = body;
        this.constructBody = constructBody;
    }

    @Override
    public Object call(Object thisArg, Object[] args) {
        return body.call(realm, thisArg, args);
    }

    @Override
    public Object construct(Object[] args, JSObject newTarget) {
        if (constructBody == null) {
            return super.construct(args, newTarget);
        }
        return constructBody.construct(realm, args, newTarget);
    }

    @Override
    public boolean isConstructor() {
        return constructBody != null;
    }

    /** The i-th argument, or undefined when fewer were passed (the builtins' usual need). */
    public static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : Oddball.UNDEFINED;
    }
}

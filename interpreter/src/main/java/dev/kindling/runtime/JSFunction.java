/*
 * JSFunction: every callable object — interpreted closures (interpreter.JSClosure) and
 * builtins (BuiltinFunction). The runtime calls functions only through call() and
 * construct(), so it never depends on how a function runs.
 *
 * A constructor's `prototype` object is made lazily, on first touch of the property, as V8
 * does: most closures never need one, and making it eagerly would cost two allocations per
 * closure creation.
 *
 * A sloppy-mode plain function also has own "arguments" and "caller" (null, read-only, not
 * configurable: V8's, which the spec leaves to implementations, §17.1), made lazily the same
 * way; every other function inherits Function.prototype's poison-pill accessors instead.
 *
 * Guarantees: own properties "length" and "name" (configurable only) exist from creation;
 * "prototype" (writable only) appears on first access for functions made with
 * hasPrototype = true, "arguments" and "caller" on first access of either for one made with
 * sloppyProperties. Each on its own, so `new F()` (which reads F.prototype) makes no more
 * than it did; the key order is V8's (length, name, arguments, caller, prototype) unless
 * `prototype` was touched before the other two.
 */
package dev.kindling.runtime;

import java.util.List;

public abstract class JSFunction extends JSObject {
    public static final Object[] NO_ARGS = new Object[0];
    private static final String PROTOTYPE = "prototype";

    protected final Realm realm;
    private boolean prototypePending;
    /** A sloppy plain function's own "arguments" and "caller" are still to be made. */
    private boolean sloppyPropertiesPending;

    protected JSFunction(Realm realm, Shape shape, String name, int length, boolean hasPrototype) {
        this(realm, shape, name, length, hasPrototype, false);
    }

    protected JSFunction(Realm realm, Shape shape, String name, int length, boolean hasPrototype,
                         boolean sloppyProperties) {
        super(initialShape(shape));
        this.realm = realm;
        if (shape() != shape) {
            setSlotValue(0, length);
            setSlotValue(1, name);
        } else {
            defineOwnProperty("length", length, PropertyAttributes.CONFIGURABLE);
            defineOwnProperty("name", name, PropertyAttributes.CONFIGURABLE);
        }
        this.prototypePending = hasPrototype;
        this.sloppyPropertiesPending = sloppyProperties;
    }

    /** A fast root shape's function shape (length and name in place, see Shape), else the shape itself. */
    private static Shape initialShape(Shape shape) {
        return shape.propertyCount() == 0 && !shape.isDictionary() ? shape.functionShape() : shape;
    }

    public final Realm realm() {
        return realm;
    }

    /** [[Call]]. */
    public abstract Object call(Object thisArg, Object[] args);

    /** [[Construct]]; functions that are not constructors throw TypeError. */
    public Object construct(Object[] args, JSObject newTarget) {
        throw JSException.typeError(debugName() + " is not a constructor");
    }

    public boolean isConstructor() {
        return false;
    }

    /** The function's "name" property as it was at creation, for stack traces and printing. */
    public String debugName() {
        Object n = super.getOwnRaw("name");
        return n instanceof String s ? s : "";
    }

    @Override
    public String className() {
        return "Function";
    }

    /**
     * The prototype object a `new` of this function gives its result: this function's
     * "prototype" property if it is an object, else Object.prototype (ECMA-262
     * GetPrototypeFromConstructor).
     */
    public final JSObject prototypeForConstruct(JSObject newTarget) {
        Object proto = newTarget.get(PROTOTYPE);
        return proto instanceof JSObject p ? p : realm.objectPrototype();
    }

    /** Makes the lazy own property `key` names, if it is one not made yet. */
    private void materialize(Object key) {
        if (sloppyPropertiesPending && (key.equals("arguments") || key.equals("caller"))) {
            materializeSloppyProperties();
        } else if (prototypePending && key.equals(PROTOTYPE)) {
            materializePrototype();
        }
    }

    private void materializeSloppyProperties() {
        if (sloppyPropertiesPending) {
            sloppyPropertiesPending = false;
            super.defineOwnProperty("arguments", Oddball.NULL, 0);
            super.defineOwnProperty("caller", Oddball.NULL, 0);
        }
    }

    private void materializePrototype() {
        if (prototypePending) {
            prototypePending = false;
            super.defineOwnProperty(PROTOTYPE, newPrototypeObject(), PropertyAttributes.WRITABLE);
        }
    }

    /**
     * The object the lazy `prototype` starts as: a plain object whose `constructor` is this
     * function (MakeConstructor); a generator function's inherits %GeneratorPrototype% and has
     * no `constructor` (§15.5.4, its instances are the generator objects).
     */
    protected JSObject newPrototypeObject() {
        JSObject proto = realm.newObject();
        proto.defineOwnProperty("constructor", this, PropertyAttributes.HIDDEN);
        return proto;
    }

    /** True if `key` names a lazy own property not made yet. */
    private boolean isPending(Object key) {
        return prototypePending && key.equals(PROTOTYPE)
                || sloppyPropertiesPending && (key.equals("arguments") || key.equals("caller"));
    }

    @Override
    public boolean isOrdinaryKey(Object key) {
        if (isPending(key)) {
            materialize(key);
        }
        return true;
    }

    @Override
    public Object getOwnRaw(Object key) {
        if (isPending(key)) {
            materialize(key);
        }
        return super.getOwnRaw(key);
    }

    @Override
    public int getOwnAttributes(Object key) {
        if (isPending(key)) {
            materialize(key);
        }
        return super.getOwnAttributes(key);
    }

    @Override
    public boolean defineOwnProperty(Object key, Object value, int attributes) {
        if (isPending(key)) {
            materialize(key);
        }
        return super.defineOwnProperty(key, value, attributes);
    }

    @Override
    public boolean deleteOwn(Object key) {
        if (isPending(key)) {
            materialize(key);
        }
        return super.deleteOwn(key);
    }

    @Override
    public List<String> ownKeys() {
        materializeSloppyProperties();
        materializePrototype();
        return super.ownKeys();
    }
}

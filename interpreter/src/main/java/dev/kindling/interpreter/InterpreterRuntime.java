/*
 * The interpreter's out-of-line helpers: everything a bytecode does that is more than a few
 * lines — global lookups, calls and construction, literals, runtime functions, iterators.
 * Kept apart so the loop in Interpreter stays readable.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.Boilerplate;
import dev.kindling.bytecode.RuntimeFunction;
import dev.kindling.frontend.ast.Source;
import dev.kindling.runtime.AccessorPair;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;


final class InterpreterRuntime {
    /** Where an exception was first seen by JS code: the header of node's uncaught-error report. */
    record ThrowSite(Source source, int position) {}

    private final Interpreter interpreter;
    private final Realm realm;
    private JSObject arrayIteratorPrototype;
    private JSObject stringIteratorPrototype;
    private final NativesRuntime natives;

    InterpreterRuntime(Interpreter interpreter) {
        this.interpreter = interpreter;
        this.realm = interpreter.realm();
        this.natives = new NativesRuntime(realm);
    }

    // ---- globals ------------------------------------------------------------------------------

    Object loadGlobal(String name, boolean insideTypeof) {
        JSObject global = realm.global();
        Object raw = global.getOwnRaw(name);
        if (raw != null && !(raw instanceof AccessorPair)) {
            return raw;
        }
        if (!global.hasProperty(name)) {
            if (insideTypeof) {
                return Oddball.UNDEFINED;
            }
            throw JSException.referenceError(name + " is not defined");
        }
        return global.get(name);
    }

    void storeGlobal(String name, Object value, boolean strict) {
        JSObject global = realm.global();
        if (strict && !global.hasProperty(name)) {
            throw JSException.referenceError(name + " is not defined");
        }
        if (!global.set(name, value) && strict) {
            throw JSException.typeError("Cannot assign to read only property '" + name + "' of object '#<Object>'");
        }
    }

    // ---- literals -----------------------------------------------------------------------------

    static void defineOwn(Object object, String key, Object value) {
        ((JSObject) object).defineOwnProperty(key, value, PropertyAttributes.DEFAULT);
    }

    /** `{[key]: value}`; flag 1 names an anonymous function value after the key (SetFunctionName). */
    void defineKeyedInLiteral(Object object, Object key, Object value, int flags) {
        String name = Conversions.toPropertyKey(key);
        if ((flags & 1) != 0 && value instanceof JSClosure fn && fn.shared().name().isEmpty()) {
            fn.defineOwnProperty("name", name, PropertyAttributes.CONFIGURABLE);
        }
        defineOwn(object, name, value);
    }

    JSObject createObjectLiteral(Boilerplate.ObjectLiteral boilerplate) {
        JSObject object = realm.newObject();
        for (int i = 0; i < boilerplate.names().size(); i++) {
            Object value = boilerplate.constantValues().get(i);
            object.defineOwnProperty(boilerplate.names().get(i), value == null ? Oddball.UNDEFINED : value,
                    PropertyAttributes.DEFAULT);
        }
        return object;
    }

    JSArray createArrayLiteral(Boilerplate.ArrayLiteral boilerplate) {
        Object[] elements = boilerplate.elements().toArray();
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] == null) {
                elements[i] = Oddball.UNDEFINED;
            }
        }
        return realm.newArray(elements);
    }

    // ---- calls --------------------------------------------------------------------------------

    Object call(InterpreterFrame frame, Object callee, Object receiver, Object[] args) {
        if (callee instanceof JSClosure closure) {
            return interpreter.call(closure, receiver, args, null);
        }
        if (callee instanceof JSFunction fn) {
            return fn.call(receiver, args);
        }
        throw JSException.typeError(CallPrinter.describeCallee(frame) + " is not a function");
    }

    Object construct(InterpreterFrame frame, Object constructor, Object[] args, Object newTarget) {
        if (constructor instanceof JSFunction fn && fn.isConstructor()) {
            return fn.construct(args, (JSObject) newTarget);
        }
        throw JSException.typeError(CallPrinter.describeCallee(frame) + " is not a constructor");
    }

    Object callRuntime(RuntimeFunction function, Object[] args) {
        switch (function) {
            case ThrowConstAssignError -> throw JSException.typeError("Assignment to constant variable.");
            case ThrowIteratorResultNotAnObject -> throw JSException.typeError(
                    "Iterator result " + Conversions.toString(args[0]) + " is not an object");
            case DefineAccessorPropertyUnchecked -> {
                JSObject object = (JSObject) args[0];
                String key = Conversions.toPropertyKey(args[1]);
                JSFunction getter = args[2] instanceof JSFunction f ? f : null;
                JSFunction setter = args[3] instanceof JSFunction f ? f : null;
                int attrs = object.getOwnAttributes(key);
                if (attrs >= 0 && PropertyAttributes.isAccessor(attrs)) {
                    AccessorPair pair = (AccessorPair) object.getOwnRaw(key);
                    if (getter != null) {
                        pair.getter = getter;
                    }
                    if (setter != null) {
                        pair.setter = setter;
                    }
                } else {
                    object.defineOwnProperty(key, new AccessorPair(getter, setter),
                            PropertyAttributes.ENUMERABLE | PropertyAttributes.CONFIGURABLE | PropertyAttributes.ACCESSOR);
                }
                return Oddball.UNDEFINED;
            }
            case ThrowReferenceError -> throw JSException.referenceError((String) args[0]);
            case DeleteGlobal -> {
                return realm.global().deleteOwn((String) args[0]);
            }
            case HaveSameMap, HasFastProperties, DebugPrint, GetFeedback -> {
                return natives.call(function, args);
            }
        }
        throw new IllegalStateException("unknown runtime function " + function);
    }

    // ---- iteration ----------------------------------------------------------------------------

    Object getIterator(Object iterable) {
        if (iterable instanceof JSArray array) {
            if (arrayIteratorPrototype == null) {
                arrayIteratorPrototype = Iterators.arrayIteratorPrototype(realm);
            }
            return new Iterators.ArrayIterator(arrayIteratorPrototype, array);
        }
        if (iterable instanceof String s) {
            if (stringIteratorPrototype == null) {
                stringIteratorPrototype = Iterators.stringIteratorPrototype(realm);
            }
            return new Iterators.StringIterator(stringIteratorPrototype, s);
        }
        throw JSException.typeError(CallPrinter.describeIterable(interpreter.current) + " is not iterable");
    }

    // ---- exceptions ---------------------------------------------------------------------------

    /** Remembers the innermost JS position an exception passed through (first one wins). */
    void recordThrowSite(JSException e, InterpreterFrame frame) {
        if (e.throwSite() == null) {
            int pos = frame.bytecode.sourcePositions().sourcePositionAt(frame.bytecodeOffset);
            e.recordThrowSite(new ThrowSite(frame.function.shared().script().source(), Math.max(pos, 0)));
        }
    }

    static ThrowSite throwSite(JSException e) {
        return e.throwSite() instanceof ThrowSite site ? site : null;
    }
}

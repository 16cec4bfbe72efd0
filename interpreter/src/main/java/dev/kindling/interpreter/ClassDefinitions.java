/*
 * The run-time half of classes (ECMA-262 §15.7.14 ClassDefinitionEvaluation, §13.3.7 super):
 * DefineClass, the super constructor checks, and lookups that start at a home object's
 * prototype. The bytecode generator (generator/ClassGenerator) emits the calls.
 *
 * Assumes: DefineClass's arguments are laid out as RuntimeFunction.DefineClass says.
 * Guarantees: a class's prototype has `constructor` and the instance members, the class has
 * `prototype` and the static members; methods and accessors are non-enumerable (data methods
 * writable and configurable), `prototype` is neither writable, enumerable nor configurable;
 * the class inherits from its superclass and its prototype from the superclass's prototype.
 * Errors are node's TypeErrors.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.Boilerplate;
import dev.kindling.runtime.AccessorPair;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

final class ClassDefinitions {
    private ClassDefinitions() {
    }

    /** DefineClass(boilerplate, constructor, superclass or the hole, [key,] closure, ...): returns the prototype. */
    static JSObject defineClass(Realm realm, Object[] args) {
        Boilerplate.ClassBoilerplate boilerplate = (Boilerplate.ClassBoilerplate) args[0];
        JSFunction constructor = (JSFunction) args[1];
        Object superClass = args[2];
        JSObject protoParent = realm.objectPrototype();
        JSObject constructorParent = realm.functionPrototype();
        if (superClass != Oddball.THE_HOLE) {
            if (superClass == Oddball.NULL) {
                protoParent = null;
            } else if (superClass instanceof JSFunction parent && parent.isConstructor()) {
                Object parentPrototype = parent.get("prototype");
                if (parentPrototype instanceof JSObject p) {
                    protoParent = p;
                } else if (parentPrototype == Oddball.NULL) {
                    protoParent = null;
                } else {
                    throw JSException.typeError("Class extends value does not have valid prototype property "
                            + display(parentPrototype));
                }
                constructorParent = parent;
            } else {
                throw JSException.typeError("Class extends value " + display(superClass) + " is not a constructor or null");
            }
        }
        JSObject prototype = realm.newObject(protoParent);
        constructor.setPrototype(constructorParent);
        constructor.defineOwnProperty("prototype", prototype, 0);
        prototype.defineOwnProperty("constructor", constructor, PropertyAttributes.HIDDEN);
        int next = 3;
        for (Boilerplate.ClassMember member : boilerplate.members()) {
            Object key = member.name() != null ? member.name() : Conversions.toPropertyKey(args[next++]);
            JSFunction function = (JSFunction) args[next++];
            JSObject home = member.isStatic() ? constructor : prototype;
            if (member.name() == null) {
                // SetFunctionName for a computed key: "m", "get m", "set m".
                String prefix = switch (member.kind()) {
                    case METHOD -> "";
                    case GETTER -> "get ";
                    case SETTER -> "set ";
                };
                function.defineOwnProperty("name", prefix + InterpreterRuntime.functionNameFor(key), PropertyAttributes.CONFIGURABLE);
            }
            if (member.kind() == Boilerplate.ClassMemberKind.METHOD) {
                home.defineOwnProperty(key, function, PropertyAttributes.HIDDEN);
            } else {
                defineAccessor(home, key, member.kind() == Boilerplate.ClassMemberKind.GETTER ? function : null,
                        member.kind() == Boilerplate.ClassMemberKind.SETTER ? function : null);
            }
        }
        return prototype;
    }

    /** A non-enumerable accessor; a getter and a setter of one name share one AccessorPair. */
    private static void defineAccessor(JSObject home, Object key, JSFunction getter, JSFunction setter) {
        int attrs = home.getOwnAttributes(key);
        if (attrs >= 0 && PropertyAttributes.isAccessor(attrs)) {
            AccessorPair pair = (AccessorPair) home.getOwnRaw(key);
            home.defineOwnProperty(key, new AccessorPair(getter != null ? getter : pair.getter,
                    setter != null ? setter : pair.setter), PropertyAttributes.CONFIGURABLE | PropertyAttributes.ACCESSOR);
            return;
        }
        home.defineOwnProperty(key, new AccessorPair(getter, setter),
                PropertyAttributes.CONFIGURABLE | PropertyAttributes.ACCESSOR);
    }

    /** GetSuperConstructor: the running constructor's [[Prototype]] (null if it has none). */
    static Object superConstructor(Object activeFunction) {
        JSObject parent = ((JSObject) activeFunction).getPrototype();
        return parent == null ? Oddball.NULL : parent;
    }

    /** ThrowIfNotSuperConstructor: what super() would call must be a constructor. */
    static void checkSuperConstructor(Object candidate, JSFunction running) {
        if (candidate instanceof JSFunction f && f.isConstructor()) {
            return;
        }
        String className = running.debugName();
        // `extends null` leaves Function.prototype as the class's parent; V8 calls it null here.
        String shown = candidate == running.realm().functionPrototype() ? "null" : display(candidate);
        throw JSException.typeError("Super constructor " + shown + " of "
                + (className.isEmpty() ? "anonymous class" : className) + " is not a constructor");
    }

    /** ThrowSuperNotCalledIfHole: `this` read or returned before super() bound it. */
    static void throwSuperNotCalledIfHole(Object value) {
        if (value == Oddball.THE_HOLE) {
            throw JSException.referenceError("Must call super constructor in derived class before "
                    + "accessing 'this' or returning from derived constructor");
        }
    }

    /** ThrowSuperAlreadyCalledIfNotHole: a second super() call. */
    static void throwSuperAlreadyCalledIfNotHole(Object value) {
        if (value != Oddball.THE_HOLE) {
            throw JSException.referenceError("Super constructor may only be called once");
        }
    }

    /** `super.key` / `super[key]`: [[Get]] on the home object's prototype, with `this` as receiver. */
    static Object loadFromSuper(Object receiver, Object homeObject, Object key) {
        JSObject start = ((JSObject) homeObject).getPrototype();
        if (start == null) {
            throw JSException.typeError("Cannot read properties of null (reading '" + key + "')");
        }
        return start.get(key, receiver);
    }

    /** `super.key = value` (class code is strict): [[Set]] from the home object's prototype, with `this` as receiver. */
    static void storeToSuper(Object receiver, Object homeObject, Object key, Object value) {
        JSObject start = ((JSObject) homeObject).getPrototype();
        if (start == null) {
            throw JSException.typeError("Cannot set properties of null (setting '" + key + "')");
        }
        if (!start.set(key, value, receiver)) {
            throw JSException.typeError("Cannot assign to read only property '" + key + "' of object '"
                    + (receiver instanceof JSObject o ? PropertyAccess.describe(o) : Conversions.toString(receiver)) + "'");
        }
    }

    /** A value as node's class errors show it: primitives as strings, objects briefly. */
    private static String display(Object value) {
        if (value instanceof dev.kindling.runtime.HasSourceText source) {
            return source.sourceText();
        }
        if (value instanceof JSFunction fn) {
            return "function " + fn.debugName() + "() { [native code] }";
        }
        if (value instanceof JSObject o) {
            return PropertyAccess.describe(o);
        }
        return Conversions.toString(value);
    }
}

/*
 * The names util.inspect puts in front of an object: its constructor's name as node finds it
 * (getConstructorName), and the prefixes built from it — `Point `, `[Object: null prototype] `,
 * `Object [Math] `, `[Function: f]`, `[class A extends B]`, `[Number: 5]`. A port of
 * getConstructorName, getPrefix, getCtxStyle, getFunctionBase, getClassBase and getBoxedBase
 * of node v20's lib/internal/util/inspect.js.
 *
 * "constructor" is read as an own data property along the prototype chain and accepted only
 * if the value really inherits from that function's prototype, so an object whose prototype's
 * `constructor` was reassigned is not misnamed.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.HasSourceText;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

final class InspectNames {
    private InspectNames() {
    }

    /**
     * getConstructorName: the name of the first `constructor` along the prototype chain that
     * is a named function whose prototype the value inherits from; null for an object without
     * a prototype. Object.prototype and Function.prototype answer for themselves.
     */
    static String constructorName(Realm realm, Inspect.Options options, JSObject obj, int recurseTimes) {
        JSObject firstProto = null;
        boolean firstProtoSet = false;
        for (JSObject o = obj; o != null; ) {
            if (o == realm.objectPrototype() && inheritsFrom(obj, o)) {
                return "Object";
            }
            if (o == realm.functionPrototype() && inheritsFrom(obj, o)) {
                return "Function";
            }
            int attrs = o.getOwnAttributes("constructor");
            if (attrs >= 0 && !PropertyAttributes.isAccessor(attrs)
                    && o.getOwnRaw("constructor") instanceof JSFunction ctor) {
                Object name = ctor.get("name");
                if (!"".equals(name) && isInstance(obj, ctor)) {
                    return Conversions.toString(name);
                }
            }
            o = o.getPrototype();
            if (!firstProtoSet) {
                firstProto = o;
                firstProtoSet = true;
            }
        }
        if (firstProto == null) {
            return null;
        }
        String res = obj.className();
        if (recurseTimes > options.depth()) {
            return res + " <Complex prototype>";
        }
        String protoConstructor = constructorName(realm, options, firstProto, recurseTimes + 1);
        if (protoConstructor == null) {
            return res + " <" + Inspect.inspect(realm, firstProto, options.withDepth(-1)) + ">";
        }
        return res + " <" + protoConstructor + ">";
    }

    static boolean inheritsFrom(JSObject obj, JSObject prototype) {
        for (JSObject o = obj.getPrototype(); o != null; o = o.getPrototype()) {
            if (o == prototype) {
                return true;
            }
        }
        return false;
    }

    /** `obj instanceof ctor` by the prototype chain; false where instanceof would throw. */
    private static boolean isInstance(JSObject obj, JSFunction ctor) {
        try {
            return ctor.get("prototype") instanceof JSObject p && inheritsFrom(obj, p);
        } catch (JSException e) {
            return false;
        }
    }

    /** getPrefix: "Point ", "Foo [Math] ", "[Object: null prototype] ", with `size` after the name. */
    static String prefix(String constructor, String tag, String fallback, String size) {
        if (constructor == null) {
            if (!tag.isEmpty() && !fallback.equals(tag)) {
                return "[" + fallback + size + ": null prototype] [" + tag + "] ";
            }
            return "[" + fallback + size + ": null prototype] ";
        }
        if (!tag.isEmpty() && !constructor.equals(tag)) {
            return constructor + size + " [" + tag + "] ";
        }
        return constructor + size + " ";
    }

    /** getCtxStyle: the prefix of an object of any other kind. */
    static String ctxStyle(JSObject value, String constructor, String tag) {
        String fallback = "";
        if (constructor == null) {
            fallback = value.className();
            if (fallback.equals(tag)) {
                fallback = "Object";
            }
        }
        return prefix(constructor, tag, fallback, "");
    }

    /** getFunctionBase: `[Function: f]`, `[Function (anonymous)]`, `[class A]`, `[GeneratorFunction: g]`. */
    static String functionBase(JSFunction fn, String constructor, String tag) {
        if (fn instanceof HasSourceText source && source.isClassConstructor()) {
            return classBase(fn, constructor, tag);
        }
        String type = fn instanceof HasSourceText source ? source.functionType() : "Function";
        StringBuilder base = new StringBuilder("[").append(type);
        if (constructor == null) {
            base.append(" (null prototype)");
        }
        Object name = fn.get("name");
        if ("".equals(name)) {
            base.append(" (anonymous)");
        } else {
            base.append(": ").append(Conversions.toString(name));
        }
        base.append(']');
        if (constructor != null && !constructor.equals(type)) {
            base.append(' ').append(constructor);
        }
        if (!tag.isEmpty() && !tag.equals(constructor)) {
            base.append(" [").append(tag).append(']');
        }
        return base.toString();
    }

    /** getClassBase: `[class A]`, `[class B extends A]`. */
    private static String classBase(JSFunction fn, String constructor, String tag) {
        Object name = fn.hasOwnProperty("name") ? fn.get("name") : "";
        StringBuilder base = new StringBuilder("[class ");
        base.append(Conversions.toBoolean(name) ? Conversions.toString(name) : "(anonymous)");
        if (constructor != null && !constructor.equals("Function")) {
            base.append(" [").append(constructor).append(']');
        }
        if (!tag.isEmpty() && !tag.equals(constructor)) {
            base.append(" [").append(tag).append(']');
        }
        if (constructor != null) {
            JSObject superClass = fn.getPrototype();
            Object superName = superClass == null ? Oddball.UNDEFINED : superClass.get("name");
            if (Conversions.toBoolean(superName)) {
                base.append(" extends ").append(Conversions.toString(superName));
            }
        } else {
            base.append(" extends [null prototype]");
        }
        return base.append(']').toString();
    }

    /** getBoxedBase: `[Number: 5]`, `[String: 'ab']`, `[Boolean (Foo): true]`. */
    static String boxedBase(PrimitiveWrapper wrapper, String constructor, String tag, Inspect.Options options,
                            int indentationLvl) {
        String type = wrapper.className();
        StringBuilder base = new StringBuilder("[").append(type);
        if (!type.equals(constructor)) {
            base.append(constructor == null ? " (null prototype)" : " (" + constructor + ")");
        }
        base.append(": ").append(InspectPrimitives.formatPrimitive(wrapper.primitive(), options, indentationLvl))
                .append(']');
        if (!tag.isEmpty() && !tag.equals(constructor)) {
            base.append(" [").append(tag).append(']');
        }
        return base.toString();
    }
}

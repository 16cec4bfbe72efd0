/*
 * Function (ECMA-262 §20.2): Function.prototype's call, apply, bind and toString, and the
 * Function constructor itself.
 *
 * The Function constructor (§20.2.1.1.1 CreateDynamicFunction) and the global `eval`
 * (§19.2.1) compile code from a string through the realm's CodeFromStrings (the host's
 * frontend and bytecode generator); a realm without one refuses them with the EvalError V8
 * gives when code generation from strings is disallowed. Every argument is converted to a
 * string before anything is parsed, as in V8. `eval` of a non-string returns it unchanged.
 *
 * Function.prototype.toString gives an interpreted function's source text through
 * HasSourceText, and "function name() { [native code] }" for builtins, as V8 does.
 *
 * Assumes: Realm made Function.prototype as a function that returns undefined (ECMA-262
 * §20.2.3), with its `length` (0) and `name` ("").
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.AccessorPair;
import dev.kindling.runtime.BoundFunction;
import dev.kindling.runtime.BuiltinFunction;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.HasSourceText;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Numbers;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Operators;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;

import java.util.Arrays;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class FunctionBuiltins {
    private FunctionBuiltins() {
    }

    static void install(Realm realm) {
        JSObject proto = realm.functionPrototype();
        // AddRestrictedFunctionProperties (§10.2.4): "caller" and "arguments" of every function
        // without own ones (strict, arrows, methods, classes, builtins, bound) are accessors
        // whose getter and setter are %ThrowTypeError% (§10.2.4.1), in V8's words.
        BuiltinFunction thrower = realm.newBuiltin("", 0, (r, thisArg, args) -> {
            throw JSException.typeError("'caller', 'callee', and 'arguments' properties may not be accessed on"
                    + " strict mode functions or the arguments objects for calls to them");
        });
        for (String name : new String[] {"arguments", "caller"}) {
            proto.defineOwnProperty(name, new AccessorPair(thrower, thrower),
                    PropertyAttributes.ACCESSOR | PropertyAttributes.CONFIGURABLE);
        }
        Builtins.defineConstructor(realm, "Function", 1, proto,
                (r, thisArg, args) -> createDynamicFunction(r, args, "function"),
                (r, args, newTarget) -> createDynamicFunction(r, args, "function"));
        JSFunction eval = realm.defineMethod(realm.global(), "eval", 1, (r, thisArg, args) ->
                arg(args, 0) instanceof String source ? r.codeFromStrings().indirectEval(source) : arg(args, 0));
        realm.setEvalFunction(eval);

        // In V8's order, which Object.getOwnPropertyNames(Function.prototype) shows.
        realm.defineMethod(proto, "apply", 2, (r, thisArg, args) -> {
            JSFunction fn = callable(thisArg, "Function.prototype.apply");
            return fn.call(arg(args, 0), listFromArrayLike(arg(args, 1)));
        });
        realm.defineMethod(proto, "bind", 1, (r, thisArg, args) -> {
            if (!(thisArg instanceof JSFunction target)) {
                throw JSException.typeError("Bind must be called on a function");
            }
            Object boundThis = arg(args, 0);
            Object[] boundArgs = args.length <= 1 ? JSFunction.NO_ARGS : Arrays.copyOfRange(args, 1, args.length);
            return bind(r, target, boundThis, boundArgs);
        });
        realm.defineMethod(proto, "call", 1, (r, thisArg, args) -> {
            JSFunction fn = callable(thisArg, "Function.prototype.call");
            Object[] rest = args.length <= 1 ? JSFunction.NO_ARGS : Arrays.copyOfRange(args, 1, args.length);
            return fn.call(arg(args, 0), rest);
        });
        // %Function.prototype[@@hasInstance]% (§20.2.3.6): not writable, so `instanceof` can
        // trust it; Operators.instanceOf skips the call when it finds this one.
        BuiltinFunction hasInstance = realm.newBuiltin("[Symbol.hasInstance]", 1, (r, thisArg, args) ->
                Operators.ordinaryHasInstance(thisArg, arg(args, 0)));
        proto.defineOwnProperty(JSSymbol.HAS_INSTANCE, hasInstance, 0);
        realm.setFunctionHasInstance(hasInstance);
        realm.defineMethod(proto, "toString", 0, (r, thisArg, args) -> {
            if (thisArg instanceof HasSourceText source) {
                return source.sourceText();
            }
            if (thisArg instanceof JSFunction fn) {
                return "function " + fn.debugName() + "() { [native code] }";
            }
            throw JSException.typeError("Function.prototype.toString requires that 'this' be a Function");
        });
    }

    /**
     * `Function(p1, ..., pn, body)`, or GeneratorFunction's, AsyncFunction's or
     * AsyncGeneratorFunction's by `keyword` (CodeFromStrings): the parameters joined by ",", the
     * body the last argument ("" without one).
     */
    static JSFunction createDynamicFunction(Realm realm, Object[] args, String keyword) {
        StringBuilder parameters = new StringBuilder();
        for (int i = 0; i < args.length - 1; i++) {
            parameters.append(i == 0 ? "" : ",").append(Conversions.toString(args[i]));
        }
        String body = args.length == 0 ? "" : Conversions.toString(args[args.length - 1]);
        return realm.codeFromStrings().createDynamicFunction(parameters.toString(), body, keyword);
    }

    private static JSFunction callable(Object thisArg, String method) {
        if (thisArg instanceof JSFunction fn) {
            return fn;
        }
        throw JSException.typeError(method + " called on a value that is not a function");
    }

    /** V8's FixedArray::kMaxLength: a longer list is "Invalid array length", before any stack check. */
    private static final long FIXED_ARRAY_MAX_LENGTH = 134_217_725;

    /** CreateListFromArrayLike (§7.3.19) for apply: undefined/null mean no arguments. */
    static Object[] listFromArrayLike(Object value) {
        if (Oddball.isNullish(value)) {
            return JSFunction.NO_ARGS;
        }
        if (!(value instanceof JSObject o)) {
            throw JSException.typeError("CreateListFromArrayLike called on non-object");
        }
        // One path for arrays and array-likes: lengthOf reads an array's uint32 length
        // directly, and getElement is the array's element fast path. (An array branch of its own
        // used the int-clamped length() and allocated 2^31 - 1 slots for a longer sparse array.)
        long length = ArrayLike.lengthOf(o);
        if (length > FIXED_ARRAY_MAX_LENGTH) {
            throw JSException.rangeError("Invalid array length");
        }
        if (length > 1 << 24) {
            throw JSException.rangeError("Maximum call stack size exceeded");
        }
        Object[] list = new Object[(int) length];
        for (int i = 0; i < list.length; i++) {
            list[i] = o.getElement(i);
        }
        return list;
    }

    /**
     * BoundFunctionCreate (§10.4.1.3): a function that calls `target` with `boundThis` and
     * `boundArgs` before its own arguments; `new` on it constructs the target. Its name is
     * "bound " + the target's name and its length what the target's length leaves over.
     */
    private static JSFunction bind(Realm realm, JSFunction target, Object boundThis, Object[] boundArgs) {
        Object targetName = target.get("name");
        String name = "bound " + (targetName instanceof String s ? s : "");
        int length = 0;
        if (target.hasOwnProperty("length") && Numbers.isNumber(target.get("length"))) {
            double l = Conversions.toIntegerOrInfinity(target.get("length"));
            length = (int) Math.max(0, Math.min(Integer.MAX_VALUE, l - boundArgs.length));
        }
        JSFunction[] self = new JSFunction[1];
        BuiltinFunction.ConstructBody construct = !target.isConstructor() ? null
                : (r, args, newTarget) -> target.construct(concat(boundArgs, args),
                        newTarget == self[0] ? target : newTarget);
        BuiltinFunction bound = new BoundFunction(realm, name, length,
                (r, thisArg, args) -> target.call(boundThis, concat(boundArgs, args)), construct, target);
        self[0] = bound;
        return bound;
    }

    private static Object[] concat(Object[] a, Object[] b) {
        if (a.length == 0) {
            return b;
        }
        Object[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

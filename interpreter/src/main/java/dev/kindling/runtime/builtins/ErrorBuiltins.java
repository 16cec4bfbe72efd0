/*
 * The error constructors (ECMA-262 §20.5): Error and the NativeErrors TypeError, RangeError,
 * ReferenceError, SyntaxError, EvalError, URIError, and AggregateError (§20.5.7, whose first
 * argument is the iterable of errors) — one per ErrorType, made by one loop.
 *
 * Each is callable with and without `new` (both make an error). The message becomes an own
 * property only when an argument is given; `name` and `message` ("" by default) live on the
 * prototypes. The `stack` own property is formatted at creation by Realm.newError, with the
 * header "Name: message" where Name is looked up through the new error's prototype — so
 * `new MyError()` of a subclass whose prototype says name = "MyError" is headed "MyError".
 * `new Error("x", { cause })` records the cause (ES2022), as node does.
 *
 * Also Error.prototype.toString (§20.5.3.4) and Error.captureStackTrace (V8's API).
 *
 * Guarantees: TypeError.__proto__ === Error and TypeError.prototype.__proto__ ===
 * Error.prototype, as the spec lays the hierarchy out.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.BuiltinFunction;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.ErrorType;
import dev.kindling.runtime.JSError;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.StackFrameInfo;

import static dev.kindling.runtime.BuiltinFunction.arg;

final class ErrorBuiltins {
    private ErrorBuiltins() {
    }

    static void install(Realm realm) {
        BuiltinFunction error = null;
        for (ErrorType type : ErrorType.values()) {
            JSObject proto = realm.errorPrototype(type);
            boolean aggregate = type == ErrorType.AggregateError;
            BuiltinFunction ctor = Builtins.defineConstructor(realm, type.name(), aggregate ? 2 : 1, proto,
                    (r, thisArg, args) -> create(r, r.errorPrototype(type), args, aggregate),
                    (r, args, newTarget) -> create(r, Builtins.prototypeFromConstructor(newTarget, r.errorPrototype(type)),
                            args, aggregate));
            proto.defineOwnProperty("name", type.name(), PropertyAttributes.HIDDEN);
            proto.defineOwnProperty("message", "", PropertyAttributes.HIDDEN);
            if (type == ErrorType.Error) {
                error = ctor;
            } else {
                ctor.setPrototype(error);
            }
        }
        realm.setErrorToString(realm.defineMethod(realm.errorPrototype(ErrorType.Error), "toString", 0, (r, thisArg, args) -> {
            if (!(thisArg instanceof JSObject o)) {
                throw JSException.typeError("Method Error.prototype.toString called on incompatible receiver "
                        + Conversions.toString(thisArg));
            }
            return errorToString(o);
        }));
        error.defineOwnProperty("stackTraceLimit", Realm.DEFAULT_STACK_TRACE_LIMIT, PropertyAttributes.DEFAULT);
        realm.defineMethod(error, "captureStackTrace", 2, (r, thisArg, args) -> {
            if (!(arg(args, 0) instanceof JSObject o)) {
                throw JSException.typeError("Invalid argument");
            }
            StringBuilder stack = new StringBuilder(errorToString(o));
            for (StackFrameInfo frame : r.captureStack()) {
                stack.append('\n').append(frame.format());
            }
            o.defineOwnProperty("stack", stack.toString(), PropertyAttributes.HIDDEN);
            return Oddball.UNDEFINED;
        });
    }

    /**
     * The body of every error constructor: message and cause from the arguments; for
     * AggregateError they come after the errors, which become the own `errors` array.
     */
    private static JSError create(Realm realm, JSObject proto, Object[] args, boolean aggregate) {
        Object errors = aggregate ? arg(args, 0) : null;
        if (aggregate) {
            args = args.length <= 1 ? new Object[0] : java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        Object messageArg = arg(args, 0);
        String message = messageArg == Oddball.UNDEFINED ? null : Conversions.toString(messageArg);
        Object nameValue = proto.get("name");
        String name = nameValue == Oddball.UNDEFINED ? "Error" : Conversions.toString(nameValue);
        JSError error = realm.newError(proto, name, message);
        if (arg(args, 1) instanceof JSObject options && options.hasProperty("cause")) {
            error.defineOwnProperty("cause", options.get("cause"), PropertyAttributes.HIDDEN);
        }
        if (aggregate) {
            java.util.List<Object> list = new java.util.ArrayList<>();
            Iterators.iterate(realm, errors, () -> Iterators.notIterableNoSymbolLoad(errors), list::add);
            error.defineOwnProperty("errors", realm.newArray(list.toArray()), PropertyAttributes.HIDDEN);
        }
        return error;
    }

    /** Error.prototype.toString's algorithm: "name: message", or whichever is not empty. */
    static String errorToString(JSObject o) {
        Object nameValue = o.get("name");
        String name = nameValue == Oddball.UNDEFINED ? "Error" : Conversions.toString(nameValue);
        Object messageValue = o.get("message");
        String message = messageValue == Oddball.UNDEFINED ? "" : Conversions.toString(messageValue);
        if (name.isEmpty()) {
            return message;
        }
        if (message.isEmpty()) {
            return name;
        }
        return name + ": " + message;
    }
}

/*
 * node's own errors (lib/internal/errors.js), as node's modules raise them: an Error of a
 * native type with a `code`, whose stack header carries the code in brackets
 * (`TypeError [ERR_INVALID_ARG_TYPE]: The "callback" argument must be of type function.
 * Received undefined`), and the system errors of libuv calls (uvException:
 * `ENOENT: no such file or directory, open 'x'` with errno, code, syscall and path).
 */
package dev.kindling.host.errors;

import dev.kindling.runtime.ErrorType;
import dev.kindling.runtime.JSError;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.builtins.Inspect;

public final class NodeErrors {
    private NodeErrors() {
    }

    /** An error of `type` with node's `code`: `Type [CODE]: message` in its stack. */
    public static JSError withCode(Realm realm, ErrorType type, String code, String message) {
        JSError error = realm.newError(type, message);
        String stack = (String) error.getOwnRaw("stack");
        error.defineOwnProperty("stack", type.name() + " [" + code + "]" + stack.substring(type.name().length()),
                PropertyAttributes.HIDDEN);
        error.defineOwnProperty("code", code, PropertyAttributes.DEFAULT);
        return error;
    }

    /** ERR_INVALID_ARG_TYPE: `The "name" argument must be EXPECTED. Received ...`. */
    public static JSException invalidArgType(Realm realm, String name, String expected, Object actual) {
        return new JSException(withCode(realm, ErrorType.TypeError, "ERR_INVALID_ARG_TYPE",
                "The \"" + name + "\" argument must be " + expected + ". " + received(realm, actual)));
    }

    /** A function argument checked as node's validateFunction does. */
    public static JSFunction requireFunction(Realm realm, String name, Object value) {
        if (value instanceof JSFunction fn) {
            return fn;
        }
        throw invalidArgType(realm, name, "of type function", value);
    }

    /** node's determineSpecificType, the "Received ..." part of ERR_INVALID_ARG_TYPE. */
    public static String received(Realm realm, Object value) {
        if (value == Oddball.UNDEFINED || value == Oddball.NULL) {
            return "Received " + value;
        }
        if (value instanceof JSFunction fn) {
            return "Received function " + fn.debugName();
        }
        if (value instanceof JSObject o) {
            Object ctor = o.get("constructor");
            if (ctor instanceof JSFunction f && !f.debugName().isEmpty()) {
                return "Received an instance of " + f.debugName();
            }
            return "Received " + Inspect.inspect(realm, o, Inspect.Options.DEFAULTS.withDepth(-1));
        }
        String inspected = Inspect.inspect(realm, value, Inspect.Options.DEFAULTS.withDepth(-1));
        if (inspected.length() > 28) {
            inspected = inspected.substring(0, 25) + "...";
        }
        String type = value instanceof String ? "string" : value instanceof Boolean ? "boolean"
                : value instanceof JSSymbol ? "symbol" : "number";
        return "Received type " + type + " (" + inspected + ")";
    }

    /**
     * uvException: a libuv call's failure as node reports it — `CODE: description, syscall
     * 'path'` with errno (negative, as libuv's), code, syscall and path properties.
     */
    public static JSError uvException(Realm realm, SystemError error, String syscall, String path, String dest) {
        StringBuilder message = new StringBuilder(error.name()).append(": ").append(error.description())
                .append(", ").append(syscall);
        if (path != null) {
            message.append(" '").append(path).append('\'');
        }
        if (dest != null) {
            message.append(" -> '").append(dest).append('\'');
        }
        JSError e = realm.newError(ErrorType.Error, message.toString());
        e.defineOwnProperty("errno", -error.errno(), PropertyAttributes.DEFAULT);
        e.defineOwnProperty("code", error.name(), PropertyAttributes.DEFAULT);
        e.defineOwnProperty("syscall", syscall, PropertyAttributes.DEFAULT);
        if (path != null) {
            e.defineOwnProperty("path", path, PropertyAttributes.DEFAULT);
        }
        if (dest != null) {
            e.defineOwnProperty("dest", dest, PropertyAttributes.DEFAULT);
        }
        return e;
    }

    /** The errno values of Linux that the file system calls report, with libuv's descriptions. */
    public enum SystemError {
        EPERM(1, "operation not permitted"),
        ENOENT(2, "no such file or directory"),
        EIO(5, "i/o error"),
        EBADF(9, "bad file descriptor"),
        EACCES(13, "permission denied"),
        EEXIST(17, "file already exists"),
        ENOTDIR(20, "not a directory"),
        EISDIR(21, "illegal operation on a directory"),
        EINVAL(22, "invalid argument"),
        ENOTEMPTY(39, "directory not empty");

        private final int errno;
        private final String description;

        SystemError(int errno, String description) {
            this.errno = errno;
            this.description = description;
        }

        public int errno() {
            return errno;
        }

        public String description() {
            return description;
        }
    }
}

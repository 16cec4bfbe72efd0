/*
 * A JS exception in flight through Java code: `throw v` in JS, or an error the runtime raises.
 *
 * Errors raised by runtime code (JSException.typeError("...")) start *pending*: they carry an
 * ErrorType and a message but no JS object yet, because making the Error object needs the
 * realm and the JS stack, which runtime helpers do not have at hand. The innermost
 * interpreter frame that sees the exception materializes it (value(realm)) — at that moment
 * the JS stack is still intact, so the Error's stack trace starts at the bytecode that
 * failed, exactly as V8's does.
 *
 * No Java stack trace is ever filled in: these are control flow, not diagnostics.
 */
package dev.kindling.runtime;

public final class JSException extends RuntimeException {
    private Object value;
    private final ErrorType pendingType;
    private final String pendingMessage;
    private Object throwSite;
    private String builtinFrame;

    /** An exception carrying a JS value (what `throw v` throws). */
    public JSException(Object value) {
        super(null, null, false, false);
        this.value = value;
        this.pendingType = null;
        this.pendingMessage = null;
    }

    private JSException(ErrorType type, String message) {
        super(message, null, false, false);
        this.pendingType = type;
        this.pendingMessage = message;
    }

    public static JSException error(ErrorType type, String message) {
        return new JSException(type, message);
    }

    public static JSException typeError(String message) {
        return new JSException(ErrorType.TypeError, message);
    }

    public static JSException rangeError(String message) {
        return new JSException(ErrorType.RangeError, message);
    }

    public static JSException referenceError(String message) {
        return new JSException(ErrorType.ReferenceError, message);
    }

    public static JSException syntaxError(String message) {
        return new JSException(ErrorType.SyntaxError, message);
    }

    /**
     * Where JS code first saw this exception (the interpreter records it once); node prints it
     * as the header of an uncaught exception's report. Opaque to the runtime.
     */
    public Object throwSite() {
        return throwSite;
    }

    public void recordThrowSite(Object site) {
        if (throwSite == null) {
            throwSite = site;
        }
    }

    /** The builtin that raised this pending error ("Array.reduce"), shown on top of its stack. */
    public String builtinFrame() {
        return builtinFrame;
    }

    public void recordBuiltinFrame(String name) {
        if (builtinFrame == null) {
            builtinFrame = name;
        }
    }

    public boolean isPending() {
        return value == null;
    }

    /** The thrown JS value, making the Error object now if it is still pending. */
    public Object value(Realm realm) {
        if (value == null) {
            value = realm.newError(pendingType, pendingMessage);
        }
        return value;
    }

    @Override
    public String getMessage() {
        if (value == null) {
            return pendingType + ": " + pendingMessage;
        }
        return String.valueOf(value);
    }
}

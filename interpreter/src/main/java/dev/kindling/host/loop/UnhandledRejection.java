/*
 * node's UnhandledPromiseRejection error (lib/internal/process/promises.js), made when a
 * promise rejected with a value that is not an Error goes unhandled. Its stack is node's own,
 * frames in node's internals included, so the report is node's text exactly.
 */
package dev.kindling.host.loop;

import dev.kindling.runtime.ErrorType;
import dev.kindling.runtime.JSError;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.builtins.Inspect;

import java.util.List;

public final class UnhandledRejection {
    /** The first lines of node's report for such an error (its throw site inside node). */
    public static final String OWN_HEADER = "node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n";
    /** The first lines of node's report for a rejection with an Error that has no JS frame. */
    public static final String FROM_PROMISE_HEADER =
            "node:internal/process/promises:391\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n";

    private UnhandledRejection() {
    }

    static JSError error(Realm realm, Object reason) {
        String message = "This error originated either by throwing inside of an async function without a catch "
                + "block, or by rejecting a promise which was not handled with .catch(). The promise rejected with"
                + " the reason \"" + reasonText(realm, reason) + "\".";
        JSError error = new JSError(realm.errorPrototype(ErrorType.Error).childRootShape(), List.of());
        error.defineOwnProperty("message", message, PropertyAttributes.HIDDEN);
        error.defineOwnProperty("stack", "UnhandledPromiseRejection: " + message
                + "\n    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)"
                + "\n    at processPromiseRejections (node:internal/process/promises:470:17)"
                + "\n    at process.processTicksAndRejections (node:internal/process/task_queues:96:32)",
                PropertyAttributes.HIDDEN);
        error.defineOwnProperty("name", "UnhandledPromiseRejection", PropertyAttributes.HIDDEN);
        error.defineOwnProperty("code", "ERR_UNHANDLED_REJECTION", PropertyAttributes.DEFAULT);
        return error;
    }

    /** node's noSideEffectsToString of the reason: "42", "#<Object>", "[object Array]"... */
    private static String reasonText(Realm realm, Object reason) {
        if (reason instanceof JSObject o) {
            return dev.kindling.runtime.PropertyAccess.describe(o);
        }
        return reason instanceof String s ? s : Inspect.inspect(realm, reason);
    }
}

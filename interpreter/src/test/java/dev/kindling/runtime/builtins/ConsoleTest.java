/*
 * Which stream each console method writes to: error, warn and a failed assert go to stderr,
 * which the tests/js programs cannot see (JsProgramTest compares their stdout only; what
 * console.table, group, count and dir print is tests/js/console/table-group-count-dir.js).
 * The expected text was printed by node v20 running the same calls.
 */
package dev.kindling.runtime.builtins;

import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Realm;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConsoleTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Realm realm = Builtins.createRealm(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private void console(String method, Object... args) {
        JSObject console = (JSObject) realm.global().get("console");
        ((JSFunction) console.get(method)).call(console, args);
    }

    @Test
    void errorWarnAndFailedAssertionsGoToStderr() {
        console("assert", false, "shown %s", "here");
        console("assert", false);
        console("assert", true, "not shown");
        console("warn", "w", 1);
        console("error", "e");
        console("log", Oddball.UNDEFINED);
        assertEquals("undefined\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("Assertion failed: shown here\nAssertion failed\nw 1\ne\n", err.toString(StandardCharsets.UTF_8));
    }
}

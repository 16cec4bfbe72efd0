/*
 * The console methods beyond log: table, group/groupEnd indentation, count/countReset, dir,
 * and which stream each writes to (error, warn and assert go to stderr). The expected text
 * was printed by node v20 running the same calls.
 */
package dev.kindling.runtime.builtins;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConsoleTest {
    private final JsHarness h = new JsHarness();

    private void console(String method, Object... args) {
        h.call("console." + method, args);
    }

    @Test
    void tablesGroupsCountersAndDirPrintAsNodeDoes() {
        console("table", h.array(h.obj("a", 1, "b", "Y"), h.obj("a", "Z", "b", 2)));
        console("table", h.array(1, "two", h.obj("three", 3)));
        console("table", h.array(h.obj("a", 1, "b", 2, "c", 3)), h.array("a", "c"));
        console("group", "G");
        console("log", "in %s", "group");
        console("group");
        console("log", h.obj("a", h.array(1, 2)));
        console("groupEnd");
        console("groupEnd");
        console("log", "out");
        console("count");
        console("count");
        console("count", "x");
        console("countReset");
        console("count");
        console("dir", h.obj("a", h.obj("b", h.obj("c", h.obj("d", 1)))));
        assertEquals("\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502 a   \u2502 b   \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2524\n\u2502 0       \u2502 1   \u2502 'Y' \u2502\n\u2502 1       \u2502 'Z' \u2502 2   \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502 three \u2502 Values \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n\u2502 0       \u2502       \u2502 1      \u2502\n\u2502 1       \u2502       \u2502 'two'  \u2502\n\u2502 2       \u2502 3     \u2502        \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502 a \u2502 c \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2524\n\u2502 0       \u2502 1 \u2502 3 \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2518\nG\n  in group\n    { a: [ 1, 2 ] }\nout\ndefault: 1\ndefault: 2\nx: 1\ndefault: 1\n{ a: { b: { c: [Object] } } }\n", h.outBytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void errorWarnAndFailedAssertionsGoToStderr() {
        console("assert", false, "shown %s", "here");
        console("assert", false);
        console("assert", true, "not shown");
        console("warn", "w", 1);
        console("error", "e");
        assertEquals("", h.outBytes.toString(StandardCharsets.UTF_8));
        assertEquals("Assertion failed: shown here\nAssertion failed\nw 1\ne\n", h.errBytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void tableOfAPrimitiveLogsIt() {
        console("table", "not a table");
        assertEquals("not a table\n", h.outBytes.toString(StandardCharsets.UTF_8));
    }
}

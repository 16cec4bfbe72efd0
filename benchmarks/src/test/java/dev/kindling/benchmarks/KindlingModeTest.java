/*
 * The modes mean what their names say: `ic` and `no-ic` are the interpreter alone (the
 * optimizing tier is on by default, so they must turn it off), `opt` is default tiering. Each
 * mode's engine runs a hot function (hot/functions.js's intLoop) until the tier would have
 * compiled it, with --trace-opt on, and the trace says whether it did.
 */
package dev.kindling.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.api.JsArray;
import dev.kindling.api.JsFunction;
import dev.kindling.api.JsObject;
import dev.kindling.api.Kindling;
import dev.kindling.api.Options;
import dev.kindling.flags.Flag;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KindlingModeTest {
    /** The --trace-opt output of 200 calls of intLoop in this mode. */
    private static String traceOfAHotLoop(KindlingMode mode) {
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        Options options = mode.options().toBuilder().set(Flag.TRACE_OPT, true).build();
        try (Kindling engine = Kindling.builder().options(options)
                .out(new PrintStream(trace, true, StandardCharsets.UTF_8))
                .err(new PrintStream(OutputStream.nullOutputStream())).build()) {
            JsObject entry = (JsObject) ((JsObject) engine.require(Programs.jsDirectory().resolve("hot/functions.js")))
                    .get("intLoop");
            Object[] args = ((JsArray) entry.getFunction("args").call()).toList().toArray();
            JsFunction run = entry.getFunction("run");
            for (int i = 0; i < 200; i++) {
                run.call(args);
            }
        }
        return trace.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theInterpreterModesNeverOptimize() {
        for (KindlingMode mode : new KindlingMode[] {KindlingMode.IC, KindlingMode.NO_IC}) {
            assertFalse(mode.options().bool(Flag.OPT), mode.paramName());
            assertEquals("", traceOfAHotLoop(mode), mode.paramName());
        }
    }

    @Test
    void optIsDefaultTieringAndCompilesAHotFunction() {
        assertTrue(KindlingMode.OPT.flags().isEmpty(), "no flags: the defaults, as `kindling` runs");
        assertTrue(KindlingMode.OPT.options().bool(Flag.OPT));
        assertTrue(traceOfAHotLoop(KindlingMode.OPT).contains("[completed compiling <JSFunction intLoop"));
    }

    @Test
    void icAndNoIcDifferOnlyInInlineCaches() {
        assertTrue(KindlingMode.IC.options().bool(Flag.USE_IC));
        assertFalse(KindlingMode.NO_IC.options().bool(Flag.USE_IC));
    }
}

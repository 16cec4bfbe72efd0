/*
 * Runs a JS source through an engine with the optimizing tier wired in (as the api module does)
 * and returns what it printed, for the backend's own tests.
 */
package dev.kindling.backend;

import dev.kindling.host.Engine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

final class TierHarness {
    private TierHarness() {
    }

    /** stdout of running the program in `file` (its text `source`), the tier on with `interruptBudget`. */
    static PrintStream TRACE;

    static String runFile(String source, Path file, boolean optimize, int interruptBudget, int deoptEveryN) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        KindlingCompiler compiler = optimize ? new KindlingCompiler(new KindlingCompiler.Settings(TRACE,
                null, null, null, null, null, null, null, deoptEveryN)) : null;
        Engine engine = new Engine(dev.kindling.flags.Flags.defaults(), out, err, List.of("kindling", file.toString()), compiler,
                interruptBudget);
        try {
            engine.runMainModule(engine.compile(source, file.toAbsolutePath().toString()), file.toAbsolutePath());
        } catch (dev.kindling.runtime.JSException e) {
            err.println(engine.formatUncaught(e));
        }
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** stdout (and the traces, interleaved) of running `source`; compiler null for the interpreter only. */
    static String run(String source, boolean optimize, int interruptBudget, int deoptEveryN, boolean trace) {
        return run(source, optimize, interruptBudget, deoptEveryN, trace, false);
    }

    /** As run, through the event loop (Engine.runProgram), for programs that await. */
    static String runProgram(String source, boolean optimize, int interruptBudget, int deoptEveryN, boolean trace) {
        return run(source, optimize, interruptBudget, deoptEveryN, trace, true);
    }

    private static String run(String source, boolean optimize, int interruptBudget, int deoptEveryN, boolean trace,
                              boolean loop) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        KindlingCompiler compiler = optimize ? new KindlingCompiler(new KindlingCompiler.Settings(trace ? out : null,
                trace ? out : null, null, null, null, null, null, null, deoptEveryN)) : null;
        Engine engine = new Engine(dev.kindling.flags.Flags.defaults(), out, out, List.of("kindling", "test.js"), compiler,
                interruptBudget);
        if (compiler != null) {
            engine.interpreter().tieringManager().setTrace(compiler);
        }
        if (loop) {
            engine.runProgram(engine.compile(source, "/tmp/test.js"), Path.of("/tmp/test.js"));
        } else {
            try {
                engine.runMainModule(engine.compile(source, "/tmp/test.js"), Path.of("/tmp/test.js"));
            } catch (dev.kindling.runtime.JSException e) {
                out.println(engine.formatUncaught(e));
            }
        }
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

/*
 * Runs one test262 test in one mode (strict or sloppy) in a fresh Kindling engine and says
 * whether it passed, following test262's INTERPRETING.md:
 *   - the source is the harness (assert.js, sta.js, doneprintHandle.js for async tests, then
 *     the test's includes) followed by the test, with "use strict"; first in strict mode;
 *     raw tests run alone and as written;
 *   - it runs as global code — a script, not a CommonJS module — by an indirect eval from a
 *     small driver module, so top-level `this` is the global object and `var` makes a global
 *     property (differences from a true script: the globals it declares are configurable);
 *   - the driver defines test262's host hooks `print` and `$262` (global, evalScript, gc);
 *   - a negative test passes when it throws an error of the expected constructor name, any
 *     other test when it throws nothing (an async test when it prints
 *     Test262:AsyncTestComplete before the event loop ends).
 *
 * Assumes: the engine's indirect eval evaluates a string as global code; a test that neither
 * ends nor fails within the timeout is stopped (its thread is abandoned where the JVM no
 * longer allows stopping one) and fails as a timeout.
 * Guarantees: an engine never outlives its test; nothing a test prints reaches the console.
 */
package dev.kindling.conformance;

import dev.kindling.api.Kindling;
import dev.kindling.api.Options;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

final class TestExecution {
    /** A test's result: passed, or failed with one line saying why. */
    record Outcome(boolean passed, String reason) {
        static final Outcome PASS = new Outcome(true, "");

        static Outcome fail(String reason) {
            return new Outcome(false, reason.replaceAll("\\s+", " ").trim());
        }
    }

    private static final String THREW = "Test262:Threw:";
    private static final String DRIVER = """
            // The test262 driver: test262's host hooks, then the test as global code.
            const source = globalThis.__test262Source;
            delete globalThis.__test262Source;
            globalThis.print = function print(message) { console.log(String(message)); };
            globalThis.$262 = {
              global: globalThis,
              evalScript(code) { return (0, eval)(code); },
              gc() {},
            };
            function describe(e) {
              try {
                const name = e !== null && (typeof e === "object" || typeof e === "function")
                    && typeof e.constructor === "function" ? e.constructor.name : typeof e;
                const message = e !== null && typeof e === "object" && "message" in e ? String(e.message) : String(e);
                return name + ":" + message;
              } catch (inner) {
                return "unprintable:";
              }
            }
            try {
              (0, eval)(source);
            } catch (e) {
              console.log("THREW" + describe(e));
            }
            """.replace("THREW", THREW);

    private final Path root;
    private final Path driver;
    private final Map<String, String> harnessFiles = new ConcurrentHashMap<>();
    private final long timeoutMillis;

    TestExecution(Path test262Root, long timeoutMillis) throws IOException {
        this.root = test262Root;
        this.timeoutMillis = timeoutMillis;
        this.driver = Files.createTempFile("kindling-test262-driver", ".js");
        Files.writeString(driver, DRIVER);
        driver.toFile().deleteOnExit();
    }

    private String harness(String name) {
        return harnessFiles.computeIfAbsent(name, n -> {
            try {
                return Files.readString(root.resolve("harness").resolve(n));
            } catch (IOException e) {
                throw new IllegalStateException("test262 harness file missing: " + n, e);
            }
        });
    }

    /** The source a test runs as in one mode. */
    String programText(TestMetadata meta, String testSource, boolean strict) {
        if (meta.hasFlag("raw")) {
            return testSource;
        }
        StringBuilder program = new StringBuilder();
        if (strict) {
            program.append("\"use strict\";\n");
        }
        for (String include : harnessIncludes(meta)) {
            program.append(harness(include)).append('\n');
        }
        return program.append(testSource).toString();
    }

    private static List<String> harnessIncludes(TestMetadata meta) {
        List<String> names = new java.util.ArrayList<>(List.of("assert.js", "sta.js"));
        if (meta.hasFlag("async")) {
            names.add("doneprintHandle.js");
        }
        for (String include : meta.includes()) {
            if (!names.contains(include)) {
                names.add(include);
            }
        }
        return names;
    }

    Outcome run(TestMetadata meta, String testSource, boolean strict) {
        String program = programText(meta, testSource, strict);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exit = {-1};
        Throwable[] crash = new Throwable[1];
        Runnable body = () -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
                 Kindling engine = Kindling.builder().options(Options.defaults()).out(o).err(e).build()) {
                engine.setGlobal("__test262Source", program);
                exit[0] = engine.runMain(driver);
            } catch (Throwable t) {
                crash[0] = t;
            }
        };
        Thread thread = new Thread(null, body, "test262", 512L << 20);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.fail("interrupted");
        }
        if (thread.isAlive()) {
            stop(thread);
            return Outcome.fail("timeout after " + timeoutMillis + " ms");
        }
        if (crash[0] != null) {
            return Outcome.fail("engine crash: " + crash[0]);
        }
        return judge(meta, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), exit[0]);
    }

    private static Outcome judge(TestMetadata meta, String out, String err, int exit) {
        String threw = null;
        for (String line : out.split("\n")) {
            if (line.startsWith(THREW)) {
                threw = line.substring(THREW.length());
                break;
            }
        }
        if (meta.isNegative()) {
            if (threw == null) {
                return Outcome.fail("expected " + meta.negativeType() + " (" + meta.negativePhase() + "), nothing thrown");
            }
            String name = threw.substring(0, threw.indexOf(':'));
            return name.equals(meta.negativeType()) ? Outcome.PASS
                    : Outcome.fail("expected " + meta.negativeType() + ", threw " + threw);
        }
        if (threw != null) {
            return Outcome.fail("threw " + threw);
        }
        if (exit != 0) {
            String firstError = err.lines().filter(l -> l.matches("^[A-Za-z0-9_$]*(Error|Exception)\\b.*"))
                    .findFirst().orElse(err.lines().findFirst().orElse(""));
            return Outcome.fail("exit code " + exit + ": " + firstError);
        }
        if (meta.hasFlag("async")) {
            String failure = out.lines().filter(l -> l.startsWith("Test262:AsyncTestFailure:")).findFirst().orElse(null);
            if (failure != null) {
                return Outcome.fail(failure);
            }
            if (!out.contains("Test262:AsyncTestComplete")) {
                return Outcome.fail("async test did not complete");
            }
        }
        return Outcome.PASS;
    }

    /** Thread.stop where the JVM still has it (17); on later JVMs the thread is left to finish. */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread thread) {
        try {
            thread.stop();
        } catch (UnsupportedOperationException later) {
            // JDK 20+: a daemon thread that keeps running until the runner exits
        }
    }
}

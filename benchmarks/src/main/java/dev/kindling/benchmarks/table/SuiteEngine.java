/*
 * An engine the suite table runs the programs on: a column name and the command that runs
 * one program through a harness (the program's name, outer and inner counts are appended).
 * all() lists them in the table's order: the Java twins (the reference every ratio is to),
 * Kindling in each KindlingMode, then node and node --jitless when `node` is on the PATH.
 * Every JVM engine runs in a child JVM of the same java with the same flags and classpath,
 * Kindling's with KindlingMode.JVM_FLAGS added.
 *
 * outerFactor: how many times SuiteRuns' outer count an engine runs. The engines with a JIT
 * (the JVM under the twins, node) need many iterations before their code is compiled and an
 * iteration of theirs is short, so they run 10 times as many; node --jitless 3 times.
 * Kindling runs the count itself (its own JIT compiles the interpreter within an iteration
 * or two, and its iterations are the long ones).
 */
package dev.kindling.benchmarks.table;

import dev.kindling.benchmarks.KindlingMode;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

record SuiteEngine(String name, List<String> command, int outerFactor) {
    /** The column every ratio is taken against. */
    static final String REFERENCE = "java";

    static List<SuiteEngine> all(Path jsDirectory) {
        String harness = jsDirectory.resolve("harness.js").toString();
        List<SuiteEngine> engines = new ArrayList<>();
        engines.add(new SuiteEngine(REFERENCE, concat(jvm(), List.of("dev.kindling.benchmarks.suite.JavaHarness")), 10));
        for (KindlingMode mode : KindlingMode.values()) {
            engines.add(kindling(jsDirectory, mode, List.of()));
        }
        String node = onPath("node");
        if (node != null) {
            engines.add(new SuiteEngine("node", List.of(node, harness), 10));
            engines.add(new SuiteEngine("node --jitless", List.of(node, "--jitless", harness), 3));
        }
        return engines;
    }

    /** Kindling in `mode`, with `moreFlags` after the mode's (the tier report adds its traces). */
    static SuiteEngine kindling(Path jsDirectory, KindlingMode mode, List<String> moreFlags) {
        List<String> kindling = new ArrayList<>(jvm());
        kindling.addAll(1, KindlingMode.JVM_FLAGS);
        kindling.add("dev.kindling.cli.Main");
        kindling.addAll(mode.flags());
        kindling.addAll(moreFlags);
        kindling.add(jsDirectory.resolve("harness.js").toString());
        return new SuiteEngine("kindling " + mode.paramName(), kindling, 1);
    }

    /** A child JVM of this java, with the suite's GC and this JVM's classpath. */
    private static List<String> jvm() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC", "-cp",
                absoluteClassPath());
    }

    /** What a finished child process printed, and its exit code. */
    record Finished(String stdout, String stderr, int exitCode) {
    }

    /**
     * Runs one program in a child process in `directory` (benchmarks/js); null if it did not
     * finish within `timeoutSeconds` (it is then killed).
     */
    Finished run(String program, int outer, int inner, Path directory, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("suite-", ".out");
        Path stderr = Files.createTempFile("suite-", ".err");
        try {
            Process process = new ProcessBuilder(commandFor(program, outer, inner))
                    .directory(directory.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                return null;
            }
            return new Finished(Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8), process.exitValue());
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /** The command for one run. */
    List<String> commandFor(String program, int outer, int inner) {
        return concat(command, List.of(program, Integer.toString(outer), Integer.toString(inner)));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** This JVM's classpath with absolute entries, so a child in another directory finds it. */
    private static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, executable);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}

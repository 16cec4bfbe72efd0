/*
 * The test262 runner's command line (tests/test262/README.md): finds the tests of the scope
 * (tests/test262/scope.txt, or the directories given), skips those that need a feature of
 * tests/test262/unsupported-features.txt or are modules, runs the rest in each mode their
 * flags ask for (TestExecution), and compares every failure with the checked-in expectations
 * (tests/test262/expectations.txt: the tests known to fail, one line of reason each).
 *
 * Prints the pass rate per directory as a Markdown table (the README quotes it) and exits
 * 1 when a test fails that the expectations do not list, or passes that they do (so the file
 * stays exact); --update-expectations rewrites the file from this run instead.
 *
 * Assumes: a test262 checkout at --test262 (tests/test262/fetch.sh makes one at the pinned
 * commit).
 * Guarantees: tests run in a stable order and their results do not depend on the thread
 * count; each test has its own engine.
 */
package dev.kindling.conformance;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

@Command(name = "test262", mixinStandardHelpOptions = true,
        description = "Runs test262 on Kindling and compares the results with the expectations file.")
public final class Test262 implements Callable<Integer> {
    @Option(names = "--test262", required = true, description = "the test262 checkout")
    Path test262;

    @Option(names = "--config", defaultValue = "tests/test262",
            description = "the directory of scope.txt, unsupported-features.txt and expectations.txt")
    Path config;

    @Option(names = "--threads", defaultValue = "2", description = "tests run at once")
    int threads;

    @Option(names = "--timeout-ms", defaultValue = "10000", description = "a test's time limit")
    long timeoutMillis;

    @Option(names = "--update-expectations", description = "rewrite expectations.txt from this run")
    boolean update;

    @Option(names = "--verbose", description = "print every failure")
    boolean verbose;

    @Parameters(arity = "0..*", description = "test directories or files under test/ (default: scope.txt)")
    List<String> selection = new ArrayList<>();

    /** One test in one mode: its path under test/ and "strict" or "sloppy". */
    record Run(String path, String mode) {
        String key() {
            return path + " " + mode;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Test262()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<String> roots = selection.isEmpty() ? readList(config.resolve("scope.txt")) : selection;
        Map<String, String> unsupported = readTable(config.resolve("unsupported-features.txt"));
        Path expectationsFile = config.resolve("expectations.txt");
        Map<String, String> expected = Files.exists(expectationsFile) ? readTable(expectationsFile) : new TreeMap<>();

        List<Path> files = new ArrayList<>();
        for (String r : roots) {
            Path p = test262.resolve("test").resolve(r);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> f.toString().endsWith(".js") && !f.toString().contains("_FIXTURE")).forEach(files::add);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                System.err.println("test262: no such test or directory: " + p);
                return 2;
            }
        }
        files.sort(null);

        TestExecution execution = new TestExecution(test262, timeoutMillis);
        Map<String, Tally> byDirectory = new TreeMap<>();
        List<Run> runs = new ArrayList<>();
        List<Future<TestExecution.Outcome>> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Path file : files) {
                String path = test262.resolve("test").relativize(file).toString().replace('\\', '/');
                String source = Files.readString(file);
                TestMetadata meta = TestMetadata.parse(source);
                Tally tally = byDirectory.computeIfAbsent(directoryOf(path), d -> new Tally());
                String skip = skipReason(meta, unsupported);
                if (skip != null) {
                    tally.skipped++;
                    continue;
                }
                for (String mode : modes(meta)) {
                    runs.add(new Run(path, mode));
                    boolean strict = mode.equals("strict");
                    outcomes.add(pool.submit(() -> execution.run(meta, source, strict)));
                }
            }
            Map<String, String> failures = new LinkedHashMap<>();
            List<String> newFailures = new ArrayList<>();
            List<String> unexpectedPasses = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                Run run = runs.get(i);
                TestExecution.Outcome outcome = outcomes.get(i).get();
                Tally tally = byDirectory.get(directoryOf(run.path()));
                tally.run++;
                if (outcome.passed()) {
                    tally.passed++;
                    if (expected.containsKey(run.key())) {
                        unexpectedPasses.add(run.key());
                    }
                } else {
                    failures.put(run.key(), outcome.reason());
                    if (!expected.containsKey(run.key())) {
                        newFailures.add(run.key() + "  " + outcome.reason());
                    }
                }
                if (verbose && !outcome.passed()) {
                    System.out.println("FAIL " + run.key() + "  " + outcome.reason());
                }
            }
            printTable(byDirectory);
            if (update) {
                writeExpectations(expectationsFile, failures);
                System.out.println("wrote " + failures.size() + " expected failures to " + expectationsFile);
                return 0;
            }
            for (String f : newFailures) {
                System.out.println("NEW FAILURE " + f);
            }
            for (String p : unexpectedPasses) {
                System.out.println("UNEXPECTED PASS " + p + " (remove it from expectations.txt)");
            }
            return newFailures.isEmpty() && unexpectedPasses.isEmpty() ? 0 : 1;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Why a test is not run, or null: it is a module, or needs a feature Kindling lacks. */
    static String skipReason(TestMetadata meta, Map<String, String> unsupported) {
        if (meta.hasFlag("module") || "resolution".equals(meta.negativePhase())) {
            return "module code";
        }
        for (String feature : meta.features()) {
            if (unsupported.containsKey(feature)) {
                return "feature " + feature;
            }
        }
        return null;
    }

    /** The modes test262's flags ask for: both, unless onlyStrict, noStrict or raw says one. */
    static List<String> modes(TestMetadata meta) {
        if (meta.hasFlag("onlyStrict")) {
            return List.of("strict");
        }
        if (meta.hasFlag("noStrict") || meta.hasFlag("raw")) {
            return List.of("sloppy");
        }
        return List.of("sloppy", "strict");
    }

    /** The directory a test is reported under: the first two levels below test/. */
    static String directoryOf(String path) {
        String[] parts = path.split("/");
        return parts.length > 2 ? parts[0] + "/" + parts[1] : parts[0];
    }

    static final class Tally {
        int run;
        int passed;
        int skipped;
    }

    private static void printTable(Map<String, Tally> byDirectory) {
        System.out.println("| directory | runs | passed | pass rate | skipped tests |");
        System.out.println("|---|---:|---:|---:|---:|");
        Tally total = new Tally();
        for (Map.Entry<String, Tally> e : byDirectory.entrySet()) {
            Tally t = e.getValue();
            System.out.println(row(e.getKey(), t));
            total.run += t.run;
            total.passed += t.passed;
            total.skipped += t.skipped;
        }
        System.out.println(row("**all**", total));
    }

    private static String row(String name, Tally t) {
        String rate = t.run == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * t.passed / t.run);
        return "| " + name + " | " + t.run + " | " + t.passed + " | " + rate + " | " + t.skipped + " |";
    }

    /** Lines that are neither blank nor comments. */
    private static List<String> readList(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s);
            }
        }
        return out;
    }

    /** "key  reason" lines: the key is everything up to two spaces (a test's key has one space). */
    private static Map<String, String> readTable(Path file) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String line : readList(file)) {
            int gap = line.indexOf("  ");
            out.put(gap < 0 ? line : line.substring(0, gap).strip(), gap < 0 ? "" : line.substring(gap).strip());
        }
        return out;
    }

    private static void writeExpectations(Path file, Map<String, String> failures) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# test262 tests Kindling is known to fail: \"path mode  reason\", written by");
        lines.add("# tests/test262/run.sh --update-expectations (tests/test262/README.md).");
        new TreeMap<>(failures).forEach((key, reason) ->
                lines.add(key + "  " + (reason.length() > 160 ? reason.substring(0, 160) + "..." : reason)));
        Files.write(file, lines);
    }
}

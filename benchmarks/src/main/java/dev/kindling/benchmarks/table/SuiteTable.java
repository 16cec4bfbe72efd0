/*
 * The suite table in one command (benchmarks/suite.sh runs it): every suite program on every
 * engine (SuiteEngine.all), one run at a time, each in a child process through the harness,
 * with the inner-iteration counts of SuiteRuns. Prints one Markdown table (per program the
 * median µs of the last half of its iterations on each engine, and each engine's ratio to
 * the Java twin; last row the geometric mean of the ratios) and writes every timed
 * iteration as CSV.
 *
 *   SuiteTable [--quick] [--programs=A,B] [--engines=java,kindling ic,...] [--csv=FILE]
 *              [--timeout=SECONDS]
 *   SuiteTable --tier-report [--quick] [--programs=A,B] [--timeout=SECONDS]
 *
 * --tier-report prints, instead of the table, what the optimizing tier made of each program
 * (TierReport: functions optimized and refused, deopts, compile times), from traced runs in
 * KindlingMode `opt`; the traces are kept in benchmarks/target/tier.
 *
 * A run that fails its program's verification, exits with an error or times out is reported
 * as such in its cell; its times are never used. Exit code 1 if any run failed.
 */
package dev.kindling.benchmarks.table;

import dev.kindling.benchmarks.Programs;
import dev.kindling.benchmarks.suite.SuiteRuns;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

public final class SuiteTable {
    private final boolean quick;
    private final List<SuiteRuns.Run> runs;
    private final List<SuiteEngine> engines;
    private final long timeoutSeconds;
    private final Path jsDirectory;
    /** program → engine name → result, in table order. */
    private final Map<String, Map<String, HarnessOutput>> results = new LinkedHashMap<>();

    private SuiteTable(boolean quick, List<SuiteRuns.Run> runs, List<SuiteEngine> engines, long timeoutSeconds,
                       Path jsDirectory) {
        this.quick = quick;
        this.runs = runs;
        this.engines = engines;
        this.timeoutSeconds = timeoutSeconds;
        this.jsDirectory = jsDirectory;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        boolean quick = false;
        List<String> programs = null;
        List<String> engineNames = null;
        Path csv = null;
        long timeout = -1;
        boolean tierReport = false;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.equals("--tier-report")) {
                tierReport = true;
            } else if (arg.startsWith("--programs=")) {
                programs = Arrays.asList(arg.substring("--programs=".length()).split(","));
            } else if (arg.startsWith("--engines=")) {
                engineNames = Arrays.asList(arg.substring("--engines=".length()).split(","));
            } else if (arg.startsWith("--csv=")) {
                csv = Path.of(arg.substring("--csv=".length()));
            } else if (arg.startsWith("--timeout=")) {
                timeout = Long.parseLong(arg.substring("--timeout=".length()));
            } else {
                System.err.println("usage: SuiteTable [--quick] [--programs=A,B] [--engines=java,kindling ic,...]"
                        + " [--csv=FILE] [--timeout=SECONDS]");
                System.err.println("       SuiteTable --tier-report [--quick] [--programs=A,B] [--timeout=SECONDS]");
                System.exit(2);
            }
        }
        Path js = Programs.jsDirectory();
        List<SuiteRuns.Run> runs = new ArrayList<>();
        for (SuiteRuns.Run run : SuiteRuns.RUNS) {
            if (programs == null || programs.stream().anyMatch(p -> p.equalsIgnoreCase(run.name()))) {
                runs.add(run);
            }
        }
        long timeoutSeconds = timeout > 0 ? timeout : quick ? 90 : 600;
        if (tierReport) {
            Path traces = js.getParent().resolve("target").resolve("tier");
            System.exit(TierReport.run(runs, quick, js, traces, timeoutSeconds) ? 0 : 1);
        }
        List<SuiteEngine> engines = new ArrayList<>();
        for (SuiteEngine engine : SuiteEngine.all(js)) {
            if (engineNames == null || engineNames.contains(engine.name())) {
                engines.add(engine);
            }
        }
        if (csv == null) {
            csv = js.getParent().resolve("target").resolve(quick ? "suite-quick.csv" : "suite.csv");
        }
        SuiteTable table = new SuiteTable(quick, runs, engines, timeoutSeconds, js);
        boolean allOk = table.runAll();
        table.writeCsv(csv);
        System.out.print(table.markdown());
        System.out.println();
        System.out.println("Raw iterations: " + csv);
        System.exit(allOk ? 0 : 1);
    }

    /** Runs every program on every engine, one at a time; false if any run was not OK. */
    private boolean runAll() throws IOException, InterruptedException {
        boolean allOk = true;
        int done = 0;
        int total = runs.size() * engines.size();
        for (SuiteRuns.Run run : runs) {
            Map<String, HarnessOutput> row = new LinkedHashMap<>();
            results.put(run.name(), row);
            for (SuiteEngine engine : engines) {
                HarnessOutput out = runOne(engine, run);
                row.put(engine.name(), out);
                allOk &= out.status() == HarnessOutput.Status.OK || out.status() == HarnessOutput.Status.SKIPPED;
                done++;
                System.err.printf(Locale.ROOT, "[%d/%d] %s on %s: %s%n", done, total, run.name(), engine.name(),
                        out.status() == HarnessOutput.Status.OK ? format(out.steadyMedian()) + " us"
                                : out.status().label + " (" + out.detail() + ")");
            }
        }
        return allOk;
    }

    private HarnessOutput runOne(SuiteEngine engine, SuiteRuns.Run run) throws IOException, InterruptedException {
        int outer = (quick ? run.quickOuter() : run.outer()) * engine.outerFactor();
        if (outer == 0) {
            return HarnessOutput.skipped("too long for --quick");
        }
        SuiteEngine.Finished finished = engine.run(run.name(), outer, run.inner(), jsDirectory, timeoutSeconds);
        if (finished == null) {
            return HarnessOutput.timeout(timeoutSeconds);
        }
        return HarnessOutput.parse(run.name(), outer, finished.stdout(), finished.stderr(), finished.exitCode());
    }

    /** The table: a µs column per engine, then a ratio-to-Java column per other engine; geomean last. */
    String markdown() {
        List<String> others = engines.stream().map(SuiteEngine::name)
                .filter(n -> !n.equals(SuiteEngine.REFERENCE)).toList();
        StringBuilder sb = new StringBuilder();
        sb.append("| program | inner |");
        engines.forEach(e -> sb.append(' ').append(e.name()).append(" µs |"));
        others.forEach(n -> sb.append(' ').append(n).append(" / java |"));
        sb.append('\n').append("|---|---:|");
        sb.append("---:|".repeat(engines.size() + others.size())).append('\n');
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        others.forEach(n -> ratios.put(n, new ArrayList<>()));
        for (SuiteRuns.Run run : runs) {
            Map<String, HarnessOutput> row = results.get(run.name());
            sb.append("| ").append(run.name()).append(" | ").append(run.inner()).append(" |");
            for (SuiteEngine engine : engines) {
                HarnessOutput out = row.get(engine.name());
                sb.append(' ').append(out.status() == HarnessOutput.Status.OK ? format(out.steadyMedian())
                        : out.status().label).append(" |");
            }
            HarnessOutput reference = row.get(SuiteEngine.REFERENCE);
            for (String name : others) {
                HarnessOutput out = row.get(name);
                if (reference != null && reference.status() == HarnessOutput.Status.OK
                        && out.status() == HarnessOutput.Status.OK) {
                    double ratio = out.steadyMedian() / Math.max(1.0, reference.steadyMedian());
                    ratios.get(name).add(ratio);
                    sb.append(' ').append(formatRatio(ratio)).append(" |");
                } else {
                    sb.append(" — |");
                }
            }
            sb.append('\n');
        }
        sb.append("| geometric mean | |").append(" |".repeat(engines.size()));
        for (String name : others) {
            List<Double> r = ratios.get(name);
            sb.append(' ').append(r.isEmpty() ? "—" : formatRatio(geometricMean(r))).append(" |");
        }
        return sb.append('\n').toString();
    }

    /** One line per timed iteration: program,engine,inner,iteration,microseconds,status. */
    private void writeCsv(Path csv) throws IOException {
        Files.createDirectories(csv.toAbsolutePath().getParent());
        try (PrintStream out = new PrintStream(Files.newOutputStream(csv), false, StandardCharsets.UTF_8)) {
            out.println("program,engine,inner,iteration,microseconds,status");
            for (SuiteRuns.Run run : runs) {
                for (Map.Entry<String, HarnessOutput> cell : results.get(run.name()).entrySet()) {
                    HarnessOutput result = cell.getValue();
                    String prefix = run.name() + "," + cell.getKey() + "," + run.inner() + ",";
                    if (result.micros().isEmpty()) {
                        out.println(prefix + ",," + result.status().label);
                    }
                    for (int i = 0; i < result.micros().size(); i++) {
                        out.println(prefix + (i + 1) + "," + result.micros().get(i) + "," + result.status().label);
                    }
                }
            }
        }
    }

    static double geometricMean(List<Double> values) {
        double logSum = 0;
        for (double v : values) {
            logSum += Math.log(v);
        }
        return Math.exp(logSum / values.size());
    }

    private static String format(double micros) {
        return String.format(Locale.ROOT, "%,.0f", micros);
    }

    private static String formatRatio(double ratio) {
        return String.format(Locale.ROOT, ratio >= 100 ? "%.0f×" : ratio >= 1 ? "%.1f×" : "%.2f×", ratio);
    }
}

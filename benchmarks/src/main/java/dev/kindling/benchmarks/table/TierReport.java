/*
 * What the optimizing tier made of each suite program (`benchmarks/suite.sh --tier-report`):
 * runs every program once in KindlingMode `opt` with --trace-opt --trace-deopt, with the
 * table's counts (SuiteRuns: the same outer and inner, so the tier sees what it sees in a
 * table run), keeps each run's output in DIR/<program>.trace (benchmarks/target/tier), reads
 * it with TierTrace and prints Markdown:
 *
 *   - one row per program: functions optimized, compiles (a function deoptimized and
 *     optimized again compiles twice), functions refused (aborted), functions marked but
 *     never entered again (no on-stack replacement), functions given up on, deopts, and the
 *     compile time per compile (median, the longest with its function, the total);
 *   - the refusals of all programs grouped by reason (the bytecode that stopped the compile),
 *     with the functions each stopped;
 *   - every deopt site: reason, operation and position, function, how many times;
 *   - every optimized function with its compile times.
 *
 * The times of these runs are not reported: tracing costs time. A run that fails (exit code,
 * verification, timeout) is reported as such, and the report exits with code 1.
 */
package dev.kindling.benchmarks.table;

import dev.kindling.benchmarks.KindlingMode;
import dev.kindling.benchmarks.suite.SuiteRuns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

final class TierReport {
    static final List<String> TRACE_FLAGS = List.of("--trace-opt", "--trace-deopt");

    private TierReport() {
    }

    /** Runs and reports; false if any run failed. */
    static boolean run(List<SuiteRuns.Run> runs, boolean quick, Path jsDirectory, Path traceDirectory,
                       long timeoutSeconds) throws IOException, InterruptedException {
        SuiteEngine engine = SuiteEngine.kindling(jsDirectory, KindlingMode.OPT, TRACE_FLAGS);
        Files.createDirectories(traceDirectory);
        Map<String, TierTrace> traces = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (SuiteRuns.Run run : runs) {
            int outer = quick ? run.quickOuter() : run.outer();
            if (outer == 0) {
                continue;
            }
            SuiteEngine.Finished finished = engine.run(run.name(), outer, run.inner(), jsDirectory, timeoutSeconds);
            HarnessOutput result = finished == null ? HarnessOutput.timeout(timeoutSeconds)
                    : HarnessOutput.parse(run.name(), outer, finished.stdout(), finished.stderr(), finished.exitCode());
            if (finished != null) {
                Files.writeString(traceDirectory.resolve(run.name() + ".trace"), finished.stdout() + finished.stderr(),
                        StandardCharsets.UTF_8);
                traces.put(run.name(), TierTrace.parse(finished.stdout()));
            }
            if (result.status() != HarnessOutput.Status.OK) {
                failures.put(run.name(), result.status().label + " (" + result.detail() + ")");
            }
            System.err.printf(Locale.ROOT, "%s: %s%n", run.name(),
                    failures.getOrDefault(run.name(), "traced into " + traceDirectory.resolve(run.name() + ".trace")));
        }
        System.out.print(markdown(traces, failures));
        return failures.isEmpty();
    }

    static String markdown(Map<String, TierTrace> traces, Map<String, String> failures) {
        StringBuilder sb = new StringBuilder();
        sb.append("| program | optimized | compiles | refused | marked, not entered again | given up | deopts"
                + " | compile ms median | longest compile | compile ms total |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
        traces.forEach((program, t) -> {
            List<Double> times = new ArrayList<>(t.compileTimes());
            times.sort(null);
            String longest = "—";
            double max = -1;
            for (Map.Entry<String, List<Double>> f : t.compiles.entrySet()) {
                for (double ms : f.getValue()) {
                    if (ms > max) {
                        max = ms;
                        longest = ms(ms) + " (" + f.getKey() + ")";
                    }
                }
            }
            sb.append("| ").append(program).append(failures.containsKey(program) ? " (" + failures.get(program) + ")" : "")
                    .append(" | ").append(t.compiles.size()).append(" | ").append(times.size())
                    .append(" | ").append(t.aborted.size()).append(" | ").append(t.markedNotEntered().size())
                    .append(" | ").append(t.gaveUp.size()).append(" | ").append(t.deoptCount())
                    .append(" | ").append(times.isEmpty() ? "—" : ms(median(times)))
                    .append(" | ").append(longest)
                    .append(" | ").append(ms(times.stream().mapToDouble(Double::doubleValue).sum())).append(" |\n");
        });
        failures.forEach((program, why) -> {
            if (!traces.containsKey(program)) {
                sb.append("| ").append(program).append(" (").append(why).append(") |").append(" |".repeat(9)).append('\n');
            }
        });

        Map<String, Map<String, List<String>>> byReason = new LinkedHashMap<>();
        traces.forEach((program, t) -> t.abortReasons().forEach((why, functions) ->
                byReason.computeIfAbsent(why, k -> new LinkedHashMap<>()).put(program, functions)));
        List<String> refused = byReason.entrySet().stream()
                .sorted((a, b) -> Integer.compare(count(b.getValue()), count(a.getValue())))
                .map(e -> "| " + e.getKey() + " | " + String.join("; ", e.getValue().entrySet().stream()
                        .map(p -> p.getKey() + ": " + String.join(", ", p.getValue())).toList()) + " |")
                .toList();
        section(sb, "Refused, by reason (program: functions)",
                refused.isEmpty() ? refused : concat(List.of("| reason | functions |", "|---|---|"), refused));

        List<String> notEntered = new ArrayList<>();
        List<String> gaveUp = new ArrayList<>();
        List<String> deopts = new ArrayList<>();
        List<String> compiles = new ArrayList<>();
        traces.forEach((program, t) -> {
            if (!t.markedNotEntered().isEmpty()) {
                notEntered.add("- " + program + ": " + String.join(", ", t.markedNotEntered()));
            }
            t.gaveUp.forEach((function, why) -> gaveUp.add("- " + program + ": " + function + ": " + why));
            t.deopts.forEach((site, n) -> deopts.add("- " + program + ": " + n + " × " + site));
            t.compiles.forEach((function, times) -> compiles.add("- " + program + ": " + function + ": "
                    + String.join(", ", times.stream().map(TierReport::ms).toList())));
        });
        section(sb, "Marked, never entered again (program: functions)", notEntered);
        section(sb, "Given up on (program: function: reason)", gaveUp);
        section(sb, "Deopts (program: count × reason: operation at position (function))", deopts);
        section(sb, "Compile times (program: function: ms per compile)", compiles);
        return sb.toString();
    }

    /** A titled list of Markdown lines, or "none". */
    private static void section(StringBuilder sb, String title, List<String> lines) {
        sb.append('\n').append(title).append(":\n\n");
        if (lines.isEmpty()) {
            sb.append("none\n");
        }
        lines.forEach(line -> sb.append(line).append('\n'));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** How many functions a reason stopped, over all programs. */
    private static int count(Map<String, List<String>> functionsByProgram) {
        return functionsByProgram.values().stream().mapToInt(List::size).sum();
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String ms(double ms) {
        return String.format(Locale.ROOT, ms >= 10 ? "%.0f" : "%.1f", ms);
    }
}

/*
 * What one harness run reported, parsed from its output: the one parser of the line format
 * benchmarks/js/harness.js and JavaHarness both print (see harness.js's header):
 *
 *   NAME: iterations=1 runtime: <us>us                           one line per outer iteration
 *   NAME: iterations=<outer> average: <us>us total: <us>us       the summary
 *   NAME: verification failed                                    (then exit code 1)
 *
 * Guarantees: a run is OK only if it exited 0, printed no verification failure, and printed
 * exactly `outer` iteration lines and the summary; anything else is reported with its reason,
 * and its times are never used.
 */
package dev.kindling.benchmarks.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

record HarnessOutput(Status status, List<Long> micros, String detail) {
    enum Status {
        OK("ok"),
        VERIFICATION_FAILED("failed verification"),
        ERROR("error"),
        TIMEOUT("timeout"),
        SKIPPED("skipped");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    private static final Pattern ITERATION = Pattern.compile("^(\\S+): iterations=1 runtime: (\\d+)us$");
    private static final Pattern SUMMARY = Pattern.compile("^(\\S+): iterations=(\\d+) average: \\d+us total: \\d+us$");

    static HarnessOutput timeout(long seconds) {
        return new HarnessOutput(Status.TIMEOUT, List.of(), "no result within " + seconds + " s");
    }

    static HarnessOutput skipped(String why) {
        return new HarnessOutput(Status.SKIPPED, List.of(), why);
    }

    /** Parses a finished run of `name` that was asked for `outer` iterations. */
    static HarnessOutput parse(String name, int outer, String stdout, String stderr, int exitCode) {
        List<Long> micros = new ArrayList<>();
        boolean summary = false;
        for (String line : stdout.split("\n")) {
            line = line.strip();
            if (line.equals(name + ": verification failed")) {
                return new HarnessOutput(Status.VERIFICATION_FAILED, List.of(), line);
            }
            Matcher iteration = ITERATION.matcher(line);
            if (iteration.matches() && iteration.group(1).equals(name)) {
                micros.add(Long.parseLong(iteration.group(2)));
            }
            Matcher total = SUMMARY.matcher(line);
            if (total.matches() && total.group(1).equals(name) && Integer.parseInt(total.group(2)) == outer) {
                summary = true;
            }
        }
        if (exitCode != 0) {
            return new HarnessOutput(Status.ERROR, List.of(), "exit code " + exitCode + ": " + firstLines(stderr));
        }
        if (!summary || micros.size() != outer) {
            return new HarnessOutput(Status.ERROR, List.of(), "expected " + outer + " iterations and a summary, got "
                    + micros.size() + (summary ? "" : " and no summary") + ": " + firstLines(stdout + stderr));
        }
        return new HarnessOutput(Status.OK, List.copyOf(micros), "");
    }

    /** The median of the last half of the iterations (the first half is warm-up), in µs. */
    double steadyMedian() {
        List<Long> last = new ArrayList<>(micros.subList(micros.size() / 2, micros.size()));
        last.sort(null);
        int n = last.size();
        return n % 2 == 1 ? last.get(n / 2) : (last.get(n / 2 - 1) + last.get(n / 2)) / 2.0;
    }

    private static String firstLines(String text) {
        String t = text.strip().replace('\n', ' ');
        return t.length() > 200 ? t.substring(0, 200) + "..." : t;
    }
}

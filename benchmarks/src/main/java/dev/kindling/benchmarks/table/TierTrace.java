/*
 * What the optimizing tier made of one run, read from its --trace-opt and --trace-deopt lines
 * (the formats are KindlingCompiler's and Deoptimizer's headers; lines of any other kind, such
 * as the harness's, are skipped):
 *
 *   [marking <JSFunction f (file.js:1:1)> for optimization to KINDLING, reason: ...]
 *   [completed compiling <JSFunction f (file.js:1:1)> (target KINDLING) - took A, B, C ms]
 *   [aborted optimizing <JSFunction f (file.js:1:1)> because: WHY]
 *   [not optimizing <JSFunction f (file.js:1:1)> any more, reason: WHY]
 *   [bailout (kind: deopt-eager, reason: R): begin. deoptimizing f, bytecode offset N, deopt exit E]
 *     OPERATION at file.js:L:C expected ...                       (the line under each bailout)
 *
 * A function is named as the trace names it, `f (file.js:1:1)`. A compile's time is the sum
 * of its three phases (graph building, passes, code generation). An abort's reason is grouped
 * with the bytecode offset taken out ("bytecode X at @12 is ..." and "... at @40 ..." are one
 * reason: the bytecode X). A function marked but neither compiled nor aborted was never
 * entered again after it was marked: the tier compiles on entry, and there is no on-stack
 * replacement yet, so a function that runs one long loop stays in the interpreter.
 */
package dev.kindling.benchmarks.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class TierTrace {
    private static final String FUNCTION = "<JSFunction (.+? \\(\\S+:\\d+:\\d+\\))>";
    private static final Pattern MARKED = Pattern.compile("^\\[marking " + FUNCTION + " for optimization");
    private static final Pattern COMPLETED = Pattern.compile("^\\[completed compiling " + FUNCTION
            + " \\(target KINDLING\\) - took ([\\d.]+), ([\\d.]+), ([\\d.]+) ms\\]$");
    private static final Pattern ABORTED = Pattern.compile("^\\[aborted optimizing " + FUNCTION + " because: (.*)\\]$");
    private static final Pattern GAVE_UP = Pattern.compile("^\\[not optimizing " + FUNCTION
            + " any more, reason: (.*)\\]$");
    private static final Pattern BAILOUT = Pattern.compile("^\\[bailout \\(kind: [\\w-]+, reason: (.*)\\): begin\\."
            + " deoptimizing (.+), bytecode offset \\d+, deopt exit \\d+\\]$");
    private static final Pattern BAILOUT_WHERE = Pattern.compile("^\\s+(\\S+ at \\S+:\\d+:\\d+) expected .*$");
    private static final Pattern OFFSET = Pattern.compile(" at @\\d+");

    final Set<String> marked = new LinkedHashSet<>();
    /** function → the time of each of its compiles, ms. */
    final Map<String, List<Double>> compiles = new LinkedHashMap<>();
    /** function → why its (last) compile was aborted. */
    final Map<String, String> aborted = new LinkedHashMap<>();
    /** function → why the tiering manager stopped trying. */
    final Map<String, String> gaveUp = new LinkedHashMap<>();
    /** "reason: OPERATION at file:L:C (function)" → how many deopts. */
    final Map<String, Integer> deopts = new LinkedHashMap<>();

    static TierTrace parse(String output) {
        TierTrace t = new TierTrace();
        Matcher bailout = null;
        for (String line : output.split("\n")) {
            Matcher m;
            if (bailout != null) {
                m = BAILOUT_WHERE.matcher(line);
                t.deopt(bailout, m.matches() ? m.group(1) : "?");
                bailout = null;
                if (m.matches()) {
                    continue;
                }
            }
            line = line.strip();
            if ((m = MARKED.matcher(line)).find()) {
                t.marked.add(m.group(1));
            } else if ((m = COMPLETED.matcher(line)).matches()) {
                double ms = Double.parseDouble(m.group(2)) + Double.parseDouble(m.group(3))
                        + Double.parseDouble(m.group(4));
                t.compiles.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(ms);
            } else if ((m = ABORTED.matcher(line)).matches()) {
                t.aborted.put(m.group(1), m.group(2));
            } else if ((m = GAVE_UP.matcher(line)).matches()) {
                t.gaveUp.put(m.group(1), m.group(2));
            } else if ((m = BAILOUT.matcher(line)).matches()) {
                bailout = m;
            }
        }
        if (bailout != null) {
            t.deopt(bailout, "?");
        }
        return t;
    }

    private void deopt(Matcher bailout, String where) {
        deopts.merge(bailout.group(1) + ": " + where + " (" + bailout.group(2) + ")", 1, Integer::sum);
    }

    /** Functions marked that were never compiled nor refused: not entered again after marking. */
    List<String> markedNotEntered() {
        return marked.stream().filter(f -> !compiles.containsKey(f) && !aborted.containsKey(f)).toList();
    }

    /** Every compile's time, ms. */
    List<Double> compileTimes() {
        return compiles.values().stream().flatMap(List::stream).toList();
    }

    int deoptCount() {
        return deopts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Abort reasons without their bytecode offsets → the functions refused for it. */
    Map<String, List<String>> abortReasons() {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        aborted.forEach((function, why) -> byReason.computeIfAbsent(OFFSET.matcher(why).replaceAll(""),
                k -> new ArrayList<>()).add(function));
        return byReason;
    }
}

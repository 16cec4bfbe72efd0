/*
 * The one list of how the suite is run: each program's inner-iteration count (the argument of
 * every innerBenchmarkLoop call: repetitions, or the problem size for CD, Mandelbrot, NBody
 * and Havlak) and how many timed outer iterations a full and a --quick table run take. The
 * suite table passes these same counts to every engine (the Java twins, Kindling in each
 * mode, node, node --jitless); the JMH SuiteBenchmark times one innerBenchmarkLoop(inner)
 * per operation.
 *
 * The counts are chosen so that one outer iteration takes about 5 ms in node --jitless (an
 * interpreter like Kindling's, so Kindling's iterations stay well under a second), except
 * Havlak, whose smallest problem already takes over a second there: it runs 4 iterations,
 * and none with --quick (quickOuter 0: the quick table shows it as skipped). 60 outer
 * iterations give the JVM's JIT time to compile Kindling's interpreter loop before the
 * last half, the part the table reports, begins.
 */
package dev.kindling.benchmarks.suite;

import java.util.List;

public final class SuiteRuns {
    /**
     * @param name       the program (benchmarks/js/<name lowercased>.js, JavaHarness's twin)
     * @param inner      the innerBenchmarkLoop argument, the same for every engine
     * @param outer      timed iterations in a full table run
     * @param quickOuter timed iterations with --quick (0: skipped)
     */
    public record Run(String name, int inner, int outer, int quickOuter) {
    }

    public static final List<Run> RUNS = List.of(
            new Run("Bounce", 10, 60, 2),
            new Run("CD", 10, 60, 2),
            new Run("DeltaBlue", 50, 60, 2),
            new Run("Havlak", 1, 4, 0),
            new Run("Json", 1, 60, 2),
            new Run("List", 15, 60, 2),
            new Run("Mandelbrot", 50, 60, 2),
            new Run("NBody", 1000, 60, 2),
            new Run("Permute", 5, 60, 2),
            new Run("Queens", 10, 60, 2),
            new Run("Richards", 1, 60, 2),
            new Run("Sieve", 10, 60, 2),
            new Run("Storage", 8, 60, 2),
            new Run("Towers", 3, 60, 2));

    private SuiteRuns() {
    }

    /** The run of this program (case-insensitive, as the harnesses match names). */
    public static Run named(String name) {
        for (Run run : RUNS) {
            if (run.name().equalsIgnoreCase(name)) {
                return run;
            }
        }
        throw new IllegalArgumentException("no suite program named '" + name + "'");
    }
}

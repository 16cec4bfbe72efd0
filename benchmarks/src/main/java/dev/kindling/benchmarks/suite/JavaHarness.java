/*
 * The harness of the plain-Java twins: `JavaHarness NAME [outer [inner]]` behaves and prints
 * exactly as benchmarks/js/harness.js does (see its header for the arguments), so one table
 * script reads both:
 *
 *   NAME: iterations=1 runtime: <us>us                           one line per outer iteration
 *   NAME: iterations=<outer> average: <us>us total: <us>us
 *
 * A failed verification prints `NAME: verification failed` and exits with code 1; an unknown
 * NAME or a malformed count prints `harness: ...` to stderr and exits with code 1.
 *
 * Run it from the built classes: `java -cp benchmarks/target/classes
 * dev.kindling.benchmarks.suite.JavaHarness CD 10 100`.
 *
 * PROGRAMS is the one list of twins; NAME is matched ignoring case, as the JS harness finds
 * ./<name lowercased>.js.
 */
package dev.kindling.benchmarks.suite;

import java.util.List;
import java.util.function.Supplier;

public final class JavaHarness {

    /** A twin by the name the JS harness knows its program by. */
    record Program(String name, Supplier<Benchmark> factory) {
    }

    static final List<Program> PROGRAMS = List.of(
            new Program("Bounce", Bounce::new),
            new Program("CD", CD::new),
            new Program("DeltaBlue", DeltaBlue::new),
            new Program("Havlak", Havlak::new),
            new Program("Json", Json::new),
            new Program("List", ListBenchmark::new),
            new Program("Mandelbrot", Mandelbrot::new),
            new Program("NBody", NBody::new),
            new Program("Permute", Permute::new),
            new Program("Queens", Queens::new),
            new Program("Richards", Richards::new),
            new Program("Sieve", Sieve::new),
            new Program("Storage", Storage::new),
            new Program("Towers", Towers::new));

    private static final String USAGE = "usage: JavaHarness NAME [outer [inner]]";

    private JavaHarness() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 3) {
            fail("expected a benchmark name and at most two counts");
        }
        int outer = parseCount(args.length > 1 ? args[1] : null, "outer");
        int inner = parseCount(args.length > 2 ? args[2] : null, "inner");
        Program program = find(args[0]);
        if (program == null) {
            fail("unknown benchmark '" + args[0] + "' (no twin of that name in JavaHarness.PROGRAMS)");
        }
        if (!run(args[0], program.factory().get(), outer, inner)) {
            System.exit(1);
        }
    }

    static Program find(String name) {
        for (Program program : PROGRAMS) {
            if (program.name().equalsIgnoreCase(name)) {
                return program;
            }
        }
        return null;
    }

    /** Runs and reports outer timed iterations; false after a failed verification. */
    static boolean run(String name, Benchmark benchmark, int outer, int inner) {
        double total = 0;
        for (int i = 0; i < outer; i++) {
            long start = System.nanoTime();
            boolean ok = benchmark.innerBenchmarkLoop(inner);
            double micros = (System.nanoTime() - start) / 1000.0;
            if (!ok) {
                System.out.println(name + ": verification failed");
                return false;
            }
            total += micros;
            System.out.println(name + ": iterations=1 runtime: " + Math.round(micros) + "us");
        }
        System.out.println(name + ": iterations=" + outer + " average: " + Math.round(total / outer)
                + "us total: " + Math.round(total) + "us");
        return true;
    }

    private static int parseCount(String text, String what) {
        if (text == null) {
            return 1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                fail(what + " must be a whole number, not '" + text + "'");
            }
            value = value * 10 + digit;
        }
        if (text.isEmpty() || value < 1) {
            fail(what + " must be at least 1, not '" + text + "'");
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("harness: " + message);
        System.err.println(USAGE);
        System.exit(1);
    }
}

/*
 * Measures how long Parser.parse takes on a ~1,000-line program (DESIGN.md, stage 1): once cold
 * (first parse in a fresh JVM: class loading, ANTLR's ATN deserialisation, an empty prediction
 * DFA) and then warm (after JIT warm-up). Not a test: performance is never asserted in unit
 * tests. Run it with
 *   mvn -q -o -pl frontend test-compile exec:java ... or plainly with java -cp (see the report).
 */
package dev.kindling.frontend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

public final class ParseTiming {
    public static void main(String[] args) throws IOException {
        String source;
        try (InputStream in = ParseTiming.class.getResourceAsStream("parse-benchmark.js")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long lines = source.lines().count();
        long t0 = System.nanoTime();
        Parser.parse(source, "parse-benchmark.js");
        long cold = System.nanoTime() - t0;
        System.out.printf("cold: first parse of %d lines: %.1f ms%n", lines, cold / 1e6);

        // A different program of the same shape, so the warm numbers include prediction on text the
        // DFA cache has not seen token-for-token (it still has the shapes).
        for (int i = 0; i < 200; i++) {
            Parser.parse(source, "parse-benchmark.js");
        }
        int runs = 100;
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Parser.parse(source, "parse-benchmark.js");
            long elapsed = System.nanoTime() - start;
            best = Math.min(best, elapsed);
            total += elapsed;
        }
        System.out.printf("warm: mean %.2f ms, best %.2f ms over %d parses%n", total / 1e6 / runs, best / 1e6, runs);
    }
}

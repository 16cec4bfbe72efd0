/*
 * The tier report's reading of --trace-opt and --trace-deopt: first lines in the formats
 * KindlingCompiler and Deoptimizer document (and the report's row for them), then the trace the engine itself prints for a
 * program that compiles one function, refuses one (an exception handler) and deoptimizes one
 * (a string where it had seen only small integers), so a change of the trace's format fails
 * here rather than leaving the report silently empty.
 */
package dev.kindling.benchmarks.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.api.Kindling;
import dev.kindling.benchmarks.KindlingMode;
import dev.kindling.flags.Flag;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TierTraceTest {
    private static final String TRACE = """
            [marking <JSFunction runTask (richards.js:126:3)> for optimization to KINDLING, reason: hot and stable]
            [compiling method <JSFunction runTask (richards.js:126:3)> (target KINDLING), mode: sync]
            [completed compiling <JSFunction runTask (richards.js:126:3)> (target KINDLING) - took 26.320, 1.904, 40.795 ms]
            [marking <JSFunction schedule (richards.js:305:3)> for optimization to KINDLING, reason: hot and stable]
            [marking <JSFunction <anonymous> (richards.js:207:60)> for optimization to KINDLING, reason: hot and stable]
            [compiling method <JSFunction <anonymous> (richards.js:207:60)> (target KINDLING), mode: sync]
            [aborted optimizing <JSFunction <anonymous> (richards.js:207:60)> because: bytecode TestIn at @12 is not optimized yet]
            [bailout (kind: deopt-eager, reason: not a Smi): begin. deoptimizing runTask, bytecode offset 24, deopt exit 3]
              Add at richards.js:241:21 expected a small integer (feedback: SignedSmall), got a string "a"
            Richards: iterations=1 runtime: 1555214us
            [bailout (kind: deopt-eager, reason: not a Smi): begin. deoptimizing runTask, bytecode offset 24, deopt exit 3]
              Add at richards.js:241:21 expected a small integer (feedback: SignedSmall), got a string "b"
            [compiling method <JSFunction runTask (richards.js:126:3)> (target KINDLING), mode: sync]
            [completed compiling <JSFunction runTask (richards.js:126:3)> (target KINDLING) - took 1.000, 0.500, 0.500 ms]
            [not optimizing <JSFunction runTask (richards.js:126:3)> any more, reason: too many deopts]
            Richards: iterations=1 runtime: 819475us
            """;

    @Test
    void eachKindOfLineIsCounted() {
        TierTrace t = TierTrace.parse(TRACE);
        assertEquals(List.of("runTask (richards.js:126:3)", "schedule (richards.js:305:3)",
                "<anonymous> (richards.js:207:60)"), List.copyOf(t.marked));
        assertEquals(Map.of("runTask (richards.js:126:3)", List.of(26.320 + 1.904 + 40.795, 2.0)), t.compiles);
        assertEquals(Map.of("bytecode TestIn is not optimized yet", List.of("<anonymous> (richards.js:207:60)")),
                t.abortReasons(), "the offset is taken out of the reason");
        assertEquals(List.of("schedule (richards.js:305:3)"), t.markedNotEntered());
        assertEquals(Map.of("runTask (richards.js:126:3)", "too many deopts"), t.gaveUp);
        assertEquals(Map.of("not a Smi: Add at richards.js:241:21 (runTask)", 2), t.deopts);
        assertEquals(2, t.deoptCount());
    }

    @Test
    void theReportRowCountsFunctionsAndCompiles() {
        String report = TierReport.markdown(Map.of("Richards", TierTrace.parse(TRACE)), Map.of());
        // optimized 1, compiles 2, refused 1, marked and not entered 1, given up 1, deopts 2;
        // the median of 69.019 and 2.0 ms, the longest compile, the total.
        assertTrue(report.contains("| Richards | 1 | 2 | 1 | 1 | 1 | 2 | 36 | 69 (runTask (richards.js:126:3)) | 71 |"),
                report);
        assertTrue(report.contains("| bytecode TestIn is not optimized yet | Richards: <anonymous> (richards.js:207:60) |"),
                report);
    }

    private static final String PROGRAM = """
            function add(a, b) { return a + b; }
            function guarded(x) { return arguments.length + x; }
            function main() {
              let s = 0;
              for (let i = 0; i < 300000; i++) { s = s ^ add(i, 1); guarded(i); }
              return s;
            }
            main(); main();
            add('a', 'b');
            """;

    @Test
    void theEnginesOwnTraceReadsAsItSays() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Kindling engine = Kindling.builder()
                .options(KindlingMode.OPT.options().toBuilder().set(Flag.TRACE_OPT, true).set(Flag.TRACE_DEOPT, true)
                        .set(Flag.TURBO_INLINING, false) // add must be compiled, and deopt, on its own
                        .build())
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(OutputStream.nullOutputStream())).build()) {
            engine.evaluate(PROGRAM);
        }
        String trace = out.toString(StandardCharsets.UTF_8);
        TierTrace t = TierTrace.parse(trace);
        assertTrue(t.compiles.containsKey("add ([eval]:1:1)"), trace);
        assertEquals(Map.of("a sloppy-mode arguments object (CreateMappedArguments: its elements alias the parameters)"
                + " is not optimized", List.of("guarded ([eval]:2:1)")), t.abortReasons(), trace);
        assertTrue(t.deopts.containsKey("not a Smi: Add at [eval]:1:31 (add)"), trace);
    }
}

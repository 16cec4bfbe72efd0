/*
 * The suite's lists agree: SuiteRuns (the counts), JavaHarness.PROGRAMS (the twins),
 * SuiteBenchmark's program parameter and the JS files, and every benchmark's `mode`
 * parameter is `java` plus the KindlingMode names.
 */
package dev.kindling.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.benchmarks.HotFunctionBenchmark;
import dev.kindling.benchmarks.KindlingMode;
import dev.kindling.benchmarks.Programs;
import dev.kindling.benchmarks.PropertyHeavyBenchmark;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

class SuiteRunsTest {
    @Test
    void everyProgramHasCountsATwinAJsFileAndABenchmarkParameter() throws Exception {
        List<String> names = SuiteRuns.RUNS.stream().map(SuiteRuns.Run::name).toList();
        assertEquals(JavaHarness.PROGRAMS.stream().map(JavaHarness.Program::name).toList(), names);
        assertEquals(names, params(SuiteBenchmark.class, "program"));
        for (String name : names) {
            assertTrue(Files.isRegularFile(Programs.jsDirectory().resolve(name.toLowerCase() + ".js")), name);
        }
    }

    @Test
    void everyModeParameterIsJavaAndTheKindlingModes() throws Exception {
        List<String> modes = new ArrayList<>(List.of("java"));
        Arrays.stream(KindlingMode.values()).map(KindlingMode::paramName).forEach(modes::add);
        assertEquals(modes, params(SuiteBenchmark.class, "mode"));
        assertEquals(modes, params(HotFunctionBenchmark.class, "mode"));
        assertEquals(modes.subList(1, modes.size()), params(PropertyHeavyBenchmark.class, "mode"));
    }

    private static List<String> params(Class<?> benchmark, String field) throws NoSuchFieldException {
        return List.of(benchmark.getField(field).getAnnotation(Param.class).value());
    }
}

/*
 * Every hot function, in every mode, returns what its Java twin returns: the check
 * HotFunctionBenchmark makes before it times anything, run here once for each pair.
 */
package dev.kindling.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;

class HotFunctionBenchmarkTest {
    static Stream<Arguments> functionsAndModes() throws NoSuchFieldException {
        String[] functions = HotFunctionBenchmark.class.getField("function").getAnnotation(Param.class).value();
        String[] modes = HotFunctionBenchmark.class.getField("mode").getAnnotation(Param.class).value();
        return Stream.of(functions).flatMap(f -> Stream.of(modes).map(m -> Arguments.of(f, m)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("functionsAndModes")
    void jsAndJavaAgree(String function, String mode) {
        HotFunctionBenchmark benchmark = new HotFunctionBenchmark();
        benchmark.function = function;
        benchmark.mode = mode;
        benchmark.setup();
        benchmark.call();
    }

    @Test
    void anUnknownModeIsRefused() {
        HotFunctionBenchmark benchmark = new HotFunctionBenchmark();
        benchmark.function = "intLoop";
        benchmark.mode = "turbo";
        assertThrows(IllegalArgumentException.class, benchmark::setup);
    }

    @Test
    void theCompileTimeBenchmarkCompilesEachProgramsHottestFunctions() throws NoSuchFieldException {
        for (String program : CompileTimeBenchmark.class.getField("program").getAnnotation(Param.class).value()) {
            CompileTimeBenchmark benchmark = new CompileTimeBenchmark();
            benchmark.program = program;
            benchmark.setup();
            assertEquals(benchmark.hottestCount(), benchmark.compileHottest(), program);
        }
    }

    @Test
    void thePropertyHeavyProgramChecksItsSums() throws NoSuchFieldException {
        for (String mode : PropertyHeavyBenchmark.class.getField("mode").getAnnotation(Param.class).value()) {
            PropertyHeavyBenchmark benchmark = new PropertyHeavyBenchmark();
            benchmark.mode = mode;
            benchmark.setup();
        }
    }
}

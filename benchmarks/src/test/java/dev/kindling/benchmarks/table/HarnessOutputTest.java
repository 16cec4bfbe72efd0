/*
 * The suite table's reading of harness output: only a complete, verified run is timed; the
 * steady time is the median of the last half of the iterations.
 */
package dev.kindling.benchmarks.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HarnessOutputTest {
    private static final String THREE = """
            Sieve: iterations=1 runtime: 900us
            Sieve: iterations=1 runtime: 120us
            Sieve: iterations=1 runtime: 100us
            Sieve: iterations=3 average: 373us total: 1120us
            """;

    @Test
    void aCompleteRunIsTimedByTheMedianOfItsLastHalf() {
        HarnessOutput out = HarnessOutput.parse("Sieve", 3, THREE, "", 0);
        assertEquals(HarnessOutput.Status.OK, out.status());
        assertEquals(List.of(900L, 120L, 100L), out.micros());
        assertEquals(110.0, out.steadyMedian(), "iterations 2 and 3 of 3");
        HarnessOutput four = HarnessOutput.parse("Q", 4, """
                Q: iterations=1 runtime: 50us
                Q: iterations=1 runtime: 40us
                Q: iterations=1 runtime: 30us
                Q: iterations=1 runtime: 10us
                Q: iterations=4 average: 32us total: 130us
                """, "", 0);
        assertEquals(20.0, four.steadyMedian(), "iterations 3 and 4 of 4");
    }

    @Test
    void aFailedVerificationIsNeverTimed() {
        HarnessOutput out = HarnessOutput.parse("Sieve", 3,
                "Sieve: iterations=1 runtime: 900us\nSieve: verification failed\n", "", 1);
        assertEquals(HarnessOutput.Status.VERIFICATION_FAILED, out.status());
        assertEquals(List.of(), out.micros());
    }

    @Test
    void anErrorExitOrAnIncompleteRunIsAnError() {
        assertEquals(HarnessOutput.Status.ERROR,
                HarnessOutput.parse("Sieve", 3, "", "SyntaxError: Unexpected token", 1).status());
        assertEquals(HarnessOutput.Status.ERROR, HarnessOutput.parse("Sieve", 4, THREE, "", 0).status());
        assertEquals(HarnessOutput.Status.ERROR, HarnessOutput.parse("Other", 3, THREE, "", 0).status());
    }

    @Test
    void theGeometricMeanOfRatios() {
        assertEquals(10.0, SuiteTable.geometricMean(List.of(1.0, 100.0)), 1e-9);
    }
}

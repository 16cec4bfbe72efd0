/*
 * The plain-Java twins of the suite programs pass their own verification: each runs
 * innerBenchmarkLoop at a small size, as the harness runs the JS programs.
 */
package dev.kindling.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SuiteTwinsTest {

    @Test
    void bounceCounts1331Bounces() {
        assertTrue(new Bounce().innerBenchmarkLoop(2));
    }

    @Test
    void deltaBlueChainAndProjectionHoldForSize20() {
        assertTrue(new DeltaBlue().innerBenchmarkLoop(20));
    }

    @Test
    void havlakFinds1605LoopsIn5213BlocksForOneIteration() {
        assertTrue(new Havlak().innerBenchmarkLoop(1));
    }

    @Test
    void listTailHasLength10() {
        assertTrue(new ListBenchmark().innerBenchmarkLoop(2));
    }

    @Test
    void permuteMakes8660Calls() {
        assertTrue(new Permute().innerBenchmarkLoop(2));
    }

    @Test
    void queensFindsValidPlacements() {
        assertTrue(new Queens().innerBenchmarkLoop(2));
    }

    @Test
    void richardsQueues23246PacketsAndHolds9297Times() {
        assertTrue(new Richards().innerBenchmarkLoop(2));
    }
}

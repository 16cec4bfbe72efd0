package dev.kindling.backend;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TierSmokeTest {
    static final String PROGRAM = """
            function add(a, b) { return a + b; }
            function loop(n) { let s = 0; for (let i = 0; i < n; i++) s = add(s, i); return s; }
            for (let k = 0; k < 200; k++) loop(1000);
            console.log(loop(1000), add(1.5, 2), add("a", 1), add(2147483647, 1));
            """;

    @Test
    void tieredRunPrintsWhatTheInterpreterPrints() {
        String expected = TierHarness.run(PROGRAM, false, 1000, 0, false);
        System.out.println(TierHarness.run(PROGRAM, true, 1000, 0, true));
        assertEquals(expected, TierHarness.run(PROGRAM, true, 1000, 0, false));
        assertEquals(expected, TierHarness.run(PROGRAM, true, 100, 3, false));
    }
}

/*
 * The check the refusal tests share: a program whose hot function the optimizing tier refuses
 * up front (GraphBuilder.build) runs with that function left to the interpreter, its reason
 * in --trace-opt, while a hot caller of it is optimized, and every tier prints what the
 * interpreter prints (with the tier on, and under stress deopts).
 */
package dev.kindling.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class TierRefusal {
    private TierRefusal() {
    }

    /** `refused` and `optimized` are functions' "name (test.js:line:column)"; reason ends with "]". */
    static void assertRefusedWhileCallerIsOptimized(String program, String refused, String optimized, String reason) {
        String interpreted = TierHarness.run(program, false, 1000, 0, false);
        String traced = TierHarness.run(program, true, 1000, 0, true);
        assertTrue(traced.contains("[aborted optimizing <JSFunction " + refused + "> " + reason)
                || traced.contains("[aborted optimizing <JSFunction " + refused + "> OSR " + reason), traced);
        assertTrue(traced.contains("[completed compiling <JSFunction " + optimized + ">"), traced);
        assertTrue(!traced.contains("[completed compiling <JSFunction " + refused.substring(0, refused.indexOf(' '))), traced);
        assertEquals(interpreted, TierHarness.run(program, true, 1000, 0, false));
        assertEquals(interpreted, TierHarness.run(program, true, 100, 3, false));
    }
}

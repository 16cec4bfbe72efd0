/*
 * The optimizing tier refuses async functions and async generators up front, with the reason
 * in --trace-opt (GraphBuilder.build): their frame is suspended at each await and resumed by a
 * microtask, which only an interpreter frame can be. Their hot callers are optimized as usual,
 * and every tier prints what the interpreter prints, stress mode (deopt every third check) too.
 */
package dev.kindling.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AsyncRefusalTest {
    static final String PROGRAM = """
            async function add(a, b) { let s = 0; for (let i = 0; i < 20; i++) s += i; return (await a) + b + s; }
            async function* count(n) { for (let i = 0; i < n; i++) yield await i; }
            function start(n) { const ps = []; for (let i = 0; i < n; i++) ps.push(add(i, 1)); return ps; }
            async function main() {
              let t = 0;
              for (let k = 0; k < 100; k++) for (const v of await Promise.all(start(k % 20))) t += v;
              for await (const v of count(300)) t += v;
              console.log(t);
            }
            main();
            """;

    @Test
    void hotAsyncFunctionsStayInTheInterpreterWhileTheirCallersAreOptimized() {
        String interpreted = TierHarness.runProgram(PROGRAM, false, 1000, 0, false);
        String traced = TierHarness.runProgram(PROGRAM, true, 1000, 0, true);
        assertTrue(traced.contains("[aborted optimizing <JSFunction add (test.js:1:1)> because: an async function"
                + " (its frame is suspended at each await and resumed by a microtask, which only an interpreter"
                + " frame can be) is not optimized]")
                || traced.contains("[aborted optimizing <JSFunction add (test.js:1:1)> OSR because: an async function"), traced);
        assertTrue(traced.contains("[aborted optimizing <JSFunction count (test.js:2:1)> because: an async generator"
                + " function") || traced.contains("[aborted optimizing <JSFunction count (test.js:2:1)> OSR because: an"
                + " async generator function"), traced);
        assertTrue(traced.contains("[completed compiling <JSFunction start (test.js:3:1)>"), traced);
        assertTrue(!traced.contains("[completed compiling <JSFunction add"), traced);
        assertEquals(interpreted, TierHarness.runProgram(PROGRAM, true, 1000, 0, false));
        assertEquals(interpreted, TierHarness.runProgram(PROGRAM, true, 100, 3, false));
    }
}

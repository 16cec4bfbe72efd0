/*
 * The optimizing tier refuses generator functions up front, with the reason in --trace-opt
 * (GraphBuilder.build): their frame is suspended and resumed, which only an interpreter frame
 * can be. The refusal covers every way in — a call that finds the function marked, on-stack
 * replacement at a loop inside the generator, inlining into a hot caller — while the code
 * around the generator is optimized as usual and prints what the interpreter prints.
 */
package dev.kindling.backend;

import org.junit.jupiter.api.Test;

class GeneratorRefusalTest {
    static final String PROGRAM = """
            function* range(n) { for (let i = 0; i < n; i++) yield i; }
            function sum(n) { let s = 0; const g = range(n); for (let r = g.next(); !r.done; r = g.next()) s += r.value; return s; }
            let t = 0;
            for (let k = 0; k < 300; k++) t += sum(k % 50);
            console.log(t, [...range(5)]);
            """;
    static final String REASON = "because: a generator function (its frame is suspended and resumed, which only"
            + " an interpreter frame can be) is not optimized]";

    @Test
    void aHotGeneratorStaysInTheInterpreterWhileItsCallerIsOptimized() {
        TierRefusal.assertRefusedWhileCallerIsOptimized(PROGRAM, "range (test.js:1:1)", "sum (test.js:2:1)", REASON);
    }
}

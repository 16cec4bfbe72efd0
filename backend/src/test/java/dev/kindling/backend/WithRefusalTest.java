/*
 * The optimizing tier refuses a function containing a `with` statement up front, with the
 * reason in --trace-opt (GraphBuilder.build): the names in its body are looked up on an object
 * at run time (CreateWithContext), as V8 does not optimize either. Its callers are optimized as
 * usual, and every tier prints what the interpreter prints — including a closure made inside the
 * body, whose calls of the object's methods take the object as receiver.
 */
package dev.kindling.backend;

import org.junit.jupiter.api.Test;

class WithRefusalTest {
    static final String PROGRAM = """
            function lookup(o, n) { let s = 0; for (let i = 0; i < n; i++) { with (o) { s += x + scale(i); } } return s; }
            function sum(n) { let t = 0; for (let k = 0; k < n; k++) t += lookup({ x: k, f: 2, scale(i) { return i * this.f; } }, 3); return t; }
            let t = 0;
            for (let k = 0; k < 300; k++) t += sum(k % 20);
            var bump;
            with ({ n: 0, inc() { return ++this.n; } }) { bump = function () { return inc() + n; }; }
            let b = 0;
            for (let k = 0; k < 300; k++) b += bump();
            console.log(t, b);
            """;
    static final String REASON = "because: a function with a with statement (CreateWithContext: its names are looked up"
            + " on an object at run time) is not optimized]";

    @Test
    void aHotFunctionWithAWithStatementStaysInTheInterpreterWhileItsCallerIsOptimized() {
        TierRefusal.assertRefusedWhileCallerIsOptimized(PROGRAM, "lookup (test.js:1:1)", "sum (test.js:2:1)", REASON);
    }
}

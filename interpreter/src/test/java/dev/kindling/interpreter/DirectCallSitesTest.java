/*
 * Direct-call sites (DirectCallSites' header): a site's target does what Interpreter.call does
 * in every tiering state — interprets, compiles a REQUESTED function, enters enterable code,
 * never enters code marked for deoptimization — and a function whose code keeps changing
 * stops re-linking after MAX_RELINKS, staying on Interpreter.call.
 */
package dev.kindling.interpreter;

import dev.kindling.host.Engine;
import dev.kindling.runtime.JSObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DirectCallSitesTest {
    private static final String PROGRAM = """
            function twice(x) { return x * 2; }
            module.exports = { twice };
            """;

    /** Code that answers "optimized #n", n counting compiles, so a test sees which code ran. */
    private static final class CountingCompiler implements OptimizingCompiler {
        final List<String> compiled = new ArrayList<>();

        @Override
        public OptimizedCode compile(JSClosure function, FeedbackVector feedback) {
            compiled.add(function.shared().name());
            String answer = "optimized #" + compiled.size();
            return new OptimizedCode(function.shared()) {
                @Override
                public Object call(Interpreter interpreter, JSClosure f, Object receiver, Object[] args,
                                   JSObject newTarget) {
                    return answer;
                }
            };
        }
    }

    private final CountingCompiler compiler = new CountingCompiler();
    private final PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    private final Engine engine = new Engine(dev.kindling.flags.Flags.defaults(), sink, sink, List.of("kindling"),
            compiler, TieringManager.DEFAULT_INTERRUPT_BUDGET);
    private final JSClosure twice = (JSClosure) ((JSObject) engine.runMainModule(
            engine.compile(PROGRAM, "direct.js"), Path.of("direct.js")).get("exports")).get("twice");

    private Object callThroughSite(Object argument) throws Throwable {
        MethodHandle target = twice.directCallSite(1).dynamicInvoker();
        return target.invoke(twice, (Object) dev.kindling.runtime.Oddball.UNDEFINED, argument);
    }

    @Test
    void theSiteFollowsTheFunctionsCodeThroughEveryTieringState() throws Throwable {
        assertEquals(42, callThroughSite(21), "interpreted before any compile");
        engine.interpreter().tieringManager().requestOptimization(twice);
        assertEquals("optimized #1", callThroughSite(21), "REQUESTED: compiled on this call");
        assertEquals("optimized #1", callThroughSite(21), "then entered directly");
        assertEquals(3, twice.feedbackVector().invocationCount(), "a direct call counts as a call");
        twice.feedbackVector().optimizedCode().markForDeoptimization();
        assertEquals(42, callThroughSite(21), "marked code is never entered");
        engine.interpreter().tieringManager().requestOptimization(twice);
        assertEquals("optimized #2", callThroughSite(21), "re-optimized, re-linked");
        assertEquals(1, twice.directCallSite(1).type().parameterCount() - 2, "one site per argument count");
    }

    @Test
    void aFunctionWhoseCodeKeepsChangingStaysOnTheGenericPathPastTheCap() throws Throwable {
        callThroughSite(1);
        FeedbackVector vector = twice.feedbackVector();
        while (vector.directCallSites().relinkCount() < DirectCallSites.MAX_RELINKS) {
            engine.interpreter().tieringManager().requestOptimization(twice);
            callThroughSite(1);
            if (vector.optimizedCode() != null) {
                vector.optimizedCode().markForDeoptimization();
            }
        }
        engine.interpreter().tieringManager().requestOptimization(twice);
        int compiles = compiler.compiled.size();
        assertEquals("optimized #" + (compiles + 1), callThroughSite(1), "still compiled and entered");
        assertEquals(DirectCallSites.MAX_RELINKS, vector.directCallSites().relinkCount(), "but no longer re-linked");
        assertEquals("optimized #" + (compiles + 1), callThroughSite(1), "through Interpreter.call");
    }
}

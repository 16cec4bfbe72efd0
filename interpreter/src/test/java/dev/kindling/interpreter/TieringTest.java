/*
 * The tiering hook (TieringManager's header): the interrupt budget is spent at JumpLoop (the
 * loop's length) and Return (the offset reached), only when a compiler is given; a function
 * whose budget ran out often enough is marked REQUESTED, compiled on its next call and from
 * then on runs its optimized code — which lives in the FeedbackVector its closures share —
 * until the code is marked for deoptimization; too many deopts, or a compiler that says no,
 * and it is never optimized again.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.Disassembler;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.host.Engine;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TieringTest {
    private static final String PROGRAM = """
            function sum(n) {
              let s = 0;
              for (let i = 0; i < n; i++) { s += i; }
              return s;
            }
            function twice(x) { return x * 2; }
            function callsTwice(a, b, c) { return twice(a, b, c); }
            function makeAdder(k) { return function add(x) { return x + k; }; }
            module.exports = { sum, twice, callsTwice, makeAdder };
            """;

    private final PrintStream sink = new PrintStream(new ByteArrayOutputStream());

    /** A compiler whose code answers "optimized" and remembers what it was called with. */
    private static final class RecordingCompiler implements OptimizingCompiler {
        final List<String> compiled = new ArrayList<>();
        final List<Object[]> calls = new ArrayList<>();
        final List<Object> receivers = new ArrayList<>();
        boolean refuse;

        @Override
        public OptimizedCode compile(JSClosure function, FeedbackVector feedback) {
            compiled.add(function.shared().name());
            if (refuse) {
                return null;
            }
            return new OptimizedCode(function.shared()) {
                @Override
                public Object call(Interpreter interpreter, JSClosure f, Object receiver, Object[] args,
                                   JSObject newTarget) {
                    calls.add(args);
                    receivers.add(receiver);
                    return "optimized";
                }
            };
        }
    }

    /** Records the manager's decisions as "marked f: reason" / "gave up f: reason". */
    private static final class Decisions implements TieringTrace {
        final List<String> lines = new ArrayList<>();

        @Override
        public void marked(JSClosure function, String reason) {
            lines.add("marked " + function.shared().name() + ": " + reason);
        }

        @Override
        public void gaveUp(JSClosure function, String reason) {
            lines.add("gave up " + function.shared().name() + ": " + reason);
        }
    }

    private Engine engine(OptimizingCompiler compiler, int budget) {
        return new Engine(dev.kindling.flags.Flags.defaults(), sink, sink, List.of("kindling"), compiler, budget);
    }

    private static JSObject load(Engine engine) {
        return (JSObject) engine.runMainModule(engine.compile(PROGRAM, "tiering.js"), Path.of("tiering.js"))
                .get("exports");
    }

    private static Object call(JSObject exports, String name, Object... args) {
        return ((JSFunction) exports.get(name)).call(Oddball.UNDEFINED, args);
    }

    /** The budget one call of sum(n) spends: n back edges of its loop's length, and its Return's offset. */
    private static int budgetOfSum(JSClosure sum, int n) {
        BytecodeArray b = sum.shared().bytecode();
        int loopLength = -1;
        int returnOffset = -1;
        for (int offset = 0; offset < b.length(); offset += Disassembler.instructionSize(b, offset)) {
            String text = Disassembler.instructionText(b, offset);
            if (text.startsWith("JumpLoop")) {
                loopLength = Disassembler.operands(b, offset)[0];
            } else if (text.equals("Return")) {
                returnOffset = offset;
            }
        }
        assertTrue(loopLength > 0 && returnOffset > 0, "sum has a loop and a Return");
        return n * loopLength + returnOffset;
    }

    @Test
    void withoutACompilerNoBudgetIsSpent() {
        Engine engine = engine(null, 1000);
        JSObject exports = load(engine);
        assertEquals(45, call(exports, "sum", 10));
        JSClosure sum = (JSClosure) exports.get("sum");
        assertEquals(1000, sum.feedbackCell().interruptBudget());
        assertEquals(TieringState.NONE, sum.feedbackVector().tieringState());
    }

    @Test
    void jumpLoopSpendsTheLoopsLengthAndReturnTheOffsetReached() {
        Engine engine = engine(new RecordingCompiler(), 1_000_000);
        JSObject exports = load(engine);
        JSClosure sum = (JSClosure) exports.get("sum");
        assertEquals(45, call(exports, "sum", 10));
        assertEquals(1_000_000 - budgetOfSum(sum, 10), sum.feedbackCell().interruptBudget());
    }

    @Test
    void aHotFunctionIsMarkedThenCompiledOnItsNextCallAndRunsOptimizedFromThen() {
        RecordingCompiler compiler = new RecordingCompiler();
        Decisions decisions = new Decisions();
        Engine engine = engine(compiler, 1); // every Return runs the budget out: one tick per call
        engine.interpreter().tieringManager().setTrace(decisions);
        JSObject exports = load(engine);
        JSClosure twice = (JSClosure) exports.get("twice");
        int ticks = TieringManager.TICKS_BEFORE_OPTIMIZATION
                + twice.shared().bytecode().length() / TieringManager.BYTECODE_SIZE_ALLOWANCE_PER_TICK;
        for (int i = 1; i < ticks; i++) {
            assertEquals(42, call(exports, "twice", 21));
            assertEquals(TieringState.NONE, twice.feedbackVector().tieringState(), "after tick " + i);
        }
        assertEquals(42, call(exports, "twice", 21));
        assertEquals(TieringState.REQUESTED, twice.feedbackVector().tieringState());
        assertEquals(List.of("marked twice: hot and stable"), decisions.lines);
        assertEquals(List.of(), compiler.compiled, "compiled on the next call, not at the mark");

        assertEquals("optimized", call(exports, "callsTwice", 10, 20, 30));
        assertEquals(List.of("twice"), compiler.compiled);
        assertEquals(TieringState.OPTIMIZED, twice.feedbackVector().tieringState());
        assertArrayEquals(new Object[] {10, 20, 30}, compiler.calls.get(0), "the arguments as passed");
        assertSame(engine.realm().global(), compiler.receivers.get(0), "a sloppy function's receiver");
        assertEquals("optimized", call(exports, "twice", 21));
        assertEquals(List.of("twice"), compiler.compiled, "compiled once");
    }

    @Test
    void codeMarkedForDeoptimizationIsNeverEnteredAgainAndTooManyDeoptsGiveUp() {
        RecordingCompiler compiler = new RecordingCompiler();
        Decisions decisions = new Decisions();
        Engine engine = engine(compiler, TieringManager.DEFAULT_INTERRUPT_BUDGET);
        TieringManager manager = engine.interpreter().tieringManager();
        manager.setTrace(decisions);
        JSObject exports = load(engine);
        JSClosure sum = (JSClosure) exports.get("sum");
        for (int deopt = 1; deopt <= TieringManager.MAX_DEOPTS; deopt++) {
            manager.requestOptimization(sum);
            assertEquals("optimized", call(exports, "sum", 10));
            FeedbackVector vector = sum.feedbackVector();
            vector.optimizedCode().markForDeoptimization();
            vector.recordDeopt();
            assertEquals(45, call(exports, "sum", 10), "interpreted after deopt " + deopt);
            assertNull(vector.optimizedCode());
        }
        assertEquals(TieringState.NEVER, sum.feedbackVector().tieringState());
        assertEquals("gave up sum: too many deopts", decisions.lines.get(decisions.lines.size() - 1));
        manager.requestOptimization(sum);
        assertEquals(45, call(exports, "sum", 10));
        assertEquals(TieringManager.MAX_DEOPTS, compiler.compiled.size());
    }

    @Test
    void aFunctionTheCompilerRefusesIsNeverTriedAgain() {
        RecordingCompiler compiler = new RecordingCompiler();
        compiler.refuse = true;
        Engine engine = engine(compiler, TieringManager.DEFAULT_INTERRUPT_BUDGET);
        JSObject exports = load(engine);
        JSClosure sum = (JSClosure) exports.get("sum");
        engine.interpreter().tieringManager().requestOptimization(sum);
        assertEquals(45, call(exports, "sum", 10));
        assertEquals(TieringState.NEVER, sum.feedbackVector().tieringState());
        engine.interpreter().tieringManager().requestOptimization(sum);
        assertEquals(45, call(exports, "sum", 10));
        assertEquals(List.of("sum"), compiler.compiled);
    }

    @Test
    void optimizedCodeLivesInTheVectorTheClosuresOfASiteShare() {
        RecordingCompiler compiler = new RecordingCompiler();
        Engine engine = engine(compiler, TieringManager.DEFAULT_INTERRUPT_BUDGET);
        JSObject exports = load(engine);
        JSClosure first = (JSClosure) call(exports, "makeAdder", 1);
        assertEquals(3, first.call(Oddball.UNDEFINED, new Object[] {2}));
        engine.interpreter().tieringManager().requestOptimization(first);
        assertEquals("optimized", first.call(Oddball.UNDEFINED, new Object[] {2}));
        JSClosure second = (JSClosure) call(exports, "makeAdder", 5);
        assertEquals("optimized", second.call(Oddball.UNDEFINED, new Object[] {2}), "made after, starts optimized");
        SharedFunctionInfo add = first.shared();
        assertSame(add, second.feedbackVector().optimizedCode().shared());
        assertEquals(List.of("add"), compiler.compiled);
    }

    @Test
    void withoutACompilerRequestsAreIgnored() {
        Engine engine = engine(null, TieringManager.DEFAULT_INTERRUPT_BUDGET);
        JSObject exports = load(engine);
        JSClosure sum = (JSClosure) exports.get("sum");
        engine.interpreter().tieringManager().requestOptimization(sum);
        assertEquals(TieringState.NONE, sum.feedbackVector().tieringState());
        assertEquals(45, call(exports, "sum", 10));
    }

    @Test
    void neverOptimizeMarksExistingCodeAndGivesUp() {
        RecordingCompiler compiler = new RecordingCompiler();
        Engine engine = engine(compiler, TieringManager.DEFAULT_INTERRUPT_BUDGET);
        JSObject exports = load(engine);
        JSClosure sum = (JSClosure) exports.get("sum");
        TieringManager manager = engine.interpreter().tieringManager();
        manager.requestOptimization(sum);
        assertEquals("optimized", call(exports, "sum", 10));
        OptimizedCode code = sum.feedbackVector().optimizedCode();
        manager.neverOptimize(sum);
        assertTrue(code.isMarkedForDeoptimization());
        assertEquals(TieringState.NEVER, sum.feedbackVector().tieringState());
        assertEquals(45, call(exports, "sum", 10));
    }
}

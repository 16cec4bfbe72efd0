/*
 * On-stack replacement (DESIGN.md stage 5; V8: the JumpLoop handler's OSR check, TieringManager's
 * osr urgency, Runtime_CompileOptimizedOSR in src/runtime/runtime-compiler.cc): a hot loop in an
 * activation that will not be called again — a script's top level, a main() called once — moves
 * from the interpreter into optimized code compiled for that loop's header, and the running
 * interpreter frame continues there.
 *
 * When. The interrupt budget is spent at every JumpLoop as before (TieringManager.spend). A
 * function that is already marked for optimization, or already has optimized code, yet keeps
 * ticking, is still running in the interpreter in some activation that started before: each
 * such tick raises its *OSR urgency* by one (V8's TryIncrementOsrUrgency), and a JumpLoop whose
 * loop depth is below the urgency asks for OSR (V8's JumpLoop compares the loop-depth operand
 * with the vector's osr urgency). So an outermost loop (depth 0) is replaced first, an inner one
 * only if the outer one's back edge is not reached soon enough; code compiled for an inner loop
 * hands the frame back to the interpreter at the outer loop's back edge (OptimizedCode.
 * enterAtLoop then returns null), whose JumpLoop asks again, for the outer loop. %OptimizeOsr() sets the urgency to the maximum
 * (V8's kMaxOsrUrgency); --always-osr asks at every JumpLoop, once the loop has run one full
 * iteration in the interpreter, so its body has feedback.
 *
 * How. JumpLoop (Interpreter.run) leaves run() with ON_STACK_REPLACEMENT and the frame at the
 * loop header; enter() then finds the code for that JumpLoop in the function's OSR cache (one
 * per FeedbackVector, keyed by the JumpLoop's offset, as V8's OSR code cache keys by the
 * function and osr offset), compiles it first if there is none (OptimizingCompiler.compileOsr,
 * synchronously), and runs it with OptimizedCode.enterAtLoop: the code takes the frame's
 * registers, accumulator and context as its entry values, replaces the frame on the stack, and
 * its result is the frame's result. Leaving run() first means no JVM frame of the interpreter
 * loop stays below the optimized code, and an exception the optimized code throws is never
 * mistaken for one thrown at the loop header by run()'s handler lookup.
 *
 * Guarantees: a compile that fails is not tried again at that loop (the compiler has said why);
 * code marked for deoptimization is dropped from the cache when next asked for (a failed check
 * deoptimizes OSR code as any other: the Deoptimizer resumes an interpreter frame and runs it
 * to the end); a function given up on (NEVER) is not replaced either, nor a frame that has
 * caught an exception (a ReThrow in a finally rethrows it as it was; optimized code, which
 * catches none, could only throw its value anew).
 *
 * --trace-osr prints V8's lines (src/codegen/compiler.cc, src/runtime/runtime-compiler.cc):
 *   [OSR - setting osr urgency. function: f, old urgency: 0, new urgency: 1]
 *   [OSR - compilation started. function: f, osr offset: 41, mode: ConcurrencyMode::kSynchronous]
 *   [OSR - compilation finished. function: f, osr offset: 41]
 *   [OSR - unavailable (failed or in progress). function: f, osr offset: 41, mode: ConcurrencyMode::kSynchronous]
 *   [OSR - entry. function: f, osr offset: 41]
 * The osr offset is the JumpLoop's, as in V8.
 */
package dev.kindling.interpreter;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

public final class OnStackReplacement {
    /** V8's FeedbackVector::kMaxOsrUrgency: every loop depth asks. */
    public static final int MAX_OSR_URGENCY = 6;
    /** What V8 prints for a synchronous compile (ToString(ConcurrencyMode::kSynchronous)). */
    private static final String MODE = "ConcurrencyMode::kSynchronous";

    /** One function's OSR state, kept in its FeedbackVector (V8 keeps the urgency there too). */
    static final class State {
        int urgency;
        /** By JumpLoop offset: the code for that loop, or FAILED when it cannot be compiled. */
        final Map<Integer, OptimizedCode> code = new HashMap<>();
    }

    private static final OptimizedCode FAILED = new OptimizedCode(null) {
        @Override
        public Object call(Interpreter interpreter, JSClosure function, Object receiver, Object[] args,
                           dev.kindling.runtime.JSObject newTarget) {
            throw new IllegalStateException("not code");
        }
    };

    private final OptimizingCompiler compiler;
    private boolean enabled = true;
    private boolean always;
    private PrintStream trace;
    /** The JumpLoop that asked last (set by wanted, read by enter: one at a time on the JS thread). */
    private int pendingOffset = -1;

    OnStackReplacement(OptimizingCompiler compiler) {
        this.compiler = compiler;
    }

    /** --use-osr (on by default; --no-use-osr keeps every loop in the interpreter). */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** --always-osr: every JumpLoop asks, once its loop has run an iteration. */
    public void setAlways(boolean always) {
        this.always = always;
    }

    /** --trace-osr: where V8's OSR lines go, or null. */
    public void setTrace(PrintStream trace) {
        this.trace = trace;
    }

    /**
     * A JumpLoop at `offset`, of a loop at `loopDepth`, was taken in `frame` (whose budget has been
     * spent): whether to leave the interpreter for OSR code now.
     */
    boolean wanted(InterpreterFrame frame, int offset, int loopDepth) {
        if (!enabled || compiler == null) {
            return false;
        }
        FeedbackVector vector = frame.feedback;
        if (vector.tieringState() == TieringState.NEVER || frame.caught != null) {
            return false; // given up on; or holding a caught exception, which OSR code could not rethrow as it was
        }
        State state = vector.osrState();
        boolean ask = always || loopDepth < state.urgency;
        if (!ask || state.code.get(offset) == FAILED) {
            return false;
        }
        pendingOffset = offset;
        return true;
    }

    /**
     * A tick of a function that is marked or optimized but still interpreted somewhere: one more
     * loop depth may OSR (V8's TryIncrementOsrUrgency).
     */
    void incrementUrgency(JSClosure function) {
        if (!enabled || compiler == null) {
            return;
        }
        State state = function.feedbackVector().osrState();
        if (state.urgency < MAX_OSR_URGENCY) {
            setUrgency(function, state, state.urgency + 1);
        }
    }

    /** %OptimizeOsr(): the calling function's next back edge, at any depth, asks for OSR. */
    void requestOsr(JSClosure function) {
        if (!enabled || compiler == null) {
            return;
        }
        State state = function.feedbackVector().osrState();
        if (state.urgency < MAX_OSR_URGENCY) {
            setUrgency(function, state, MAX_OSR_URGENCY);
        }
    }

    private void setUrgency(JSClosure function, State state, int urgency) {
        if (trace != null) {
            trace.println("[OSR - setting osr urgency. function: " + name(function) + ", old urgency: "
                    + state.urgency + ", new urgency: " + urgency + "]");
        }
        state.urgency = urgency;
    }

    /**
     * Runs `frame` (current, stopped at the loop header of the JumpLoop wanted() said yes to) in
     * OSR code to its end and returns its result; or returns null when there is no code for the
     * loop, and the interpreter goes on from the header.
     */
    Object enter(Interpreter interpreter, InterpreterFrame frame) {
        int offset = pendingOffset;
        pendingOffset = -1;
        JSClosure function = frame.function;
        FeedbackVector vector = frame.feedback;
        State state = vector.osrState();
        OptimizedCode code = state.code.get(offset);
        if (code != null && code.isMarkedForDeoptimization()) {
            state.code.remove(offset);
            code = null;
            if (vector.deoptCount() >= TieringManager.MAX_DEOPTS) {
                interpreter.tieringManager().giveUp(function, "too many deopts");
                return null;
            }
        }
        if (code == null) {
            if (trace != null) {
                trace.println("[OSR - compilation started. function: " + name(function) + ", osr offset: " + offset
                        + ", mode: " + MODE + "]");
            }
            code = compiler.compileOsr(function, vector, frame, offset);
            if (code == null) {
                state.code.put(offset, FAILED);
                if (trace != null) {
                    trace.println("[OSR - unavailable (failed or in progress). function: " + name(function)
                            + ", osr offset: " + offset + ", mode: " + MODE + "]");
                }
                return null;
            }
            state.code.put(offset, code);
            if (trace != null) {
                trace.println("[OSR - compilation finished. function: " + name(function) + ", osr offset: "
                        + offset + "]");
            }
        }
        if (trace != null) {
            trace.println("[OSR - entry. function: " + name(function) + ", osr offset: " + offset + "]");
        }
        return code.enterAtLoop(interpreter, frame);
    }

    /** %DeoptimizeFunction: the function's OSR code is marked and dropped too (the failures are kept). */
    static void deoptimizeAll(FeedbackVector vector) {
        State state = vector.osrStateOrNull();
        if (state == null) {
            return;
        }
        state.code.values().removeIf(c -> {
            if (c == FAILED) {
                return false;
            }
            c.markForDeoptimization();
            return true;
        });
    }

    private static String name(JSClosure function) {
        String n = function.shared().name();
        return n == null || n.isEmpty() ? "<anonymous>" : n;
    }
}

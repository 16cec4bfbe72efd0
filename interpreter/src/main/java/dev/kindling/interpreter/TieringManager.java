/*
 * Decides when a function gets optimized (V8: src/execution/tiering-manager.cc), and enters
 * the code once it is. Holds the OptimizingCompiler the engine was given, or none — with
 * none, Interpreter never calls in here and nothing the interpreter does changes.
 *
 * The interrupt budget. Every FeedbackCell carries a budget (V8 keeps it in the cell too,
 * FeedbackCell::interrupt_budget), set to interruptBudget() when its feedback vector is made
 * and spent by the interpreter in proportion to the bytecode it executes: a JumpLoop spends
 * the loop's length (its jump distance), a Return the offset it was reached at (the length
 * of straight-line code run) — V8's UpdateInterruptBudget on back edges and
 * UpdateInterruptBudgetOnReturn. Function entry spends nothing and checks the tiering state
 * instead (V8's InterpreterEntryTrampoline: compile if REQUESTED, else run optimized code if
 * any): that is codeToEnter. When a cell's budget runs out, the budget is reset and the
 * function gets a profiler tick (kept in its FeedbackVector, as V8 keeps profiler_ticks), and
 * onBudgetInterrupt decides, as V8's TieringManager::ShouldOptimize does for Turbofan:
 *   - NEVER, REQUESTED, or already running unmarked optimized code: nothing to decide;
 *   - deoptCount() ≥ MAX_DEOPTS: give up (NEVER, "too many deopts"). V8 has no fixed count
 *     since it dropped --max-deopt-count; Kindling keeps one so a student sees the end of a
 *     deopt loop;
 *   - bytecode longer than MAX_OPTIMIZED_BYTECODE_SIZE: give up ("function is too large");
 *   - ticks ≥ TICKS_BEFORE_OPTIMIZATION + length / BYTECODE_SIZE_ALLOWANCE_PER_TICK: mark
 *     REQUESTED, "hot and stable" — so a bigger function needs more ticks.
 * V8 also marks a "small function" (under 81 bytes) on its first tick when no IC changed
 * since the last tick; Kindling does not track IC changes globally yet, so it waits the
 * ticks.
 *
 * Defaults are node 20's (V8 11.3.244, `node --v8-options`): --interrupt-budget=67584 (66 KB),
 * --ticks-before-optimization=3, --bytecode-size-allowance-per-tick=150,
 * --max-optimized-bytecode-size=61440.
 *
 * On-stack replacement (OnStackReplacement): a tick of a function already marked or optimized
 * means some activation of it still runs in the interpreter; the tick raises the function's OSR
 * urgency instead (V8's TieringManager::MaybeOptimizeFrame), and onJumpLoop tells the
 * interpreter when a back edge should leave for OSR code.
 *
 * Where optimized code lives: in the FeedbackVector (FeedbackVector.optimizedCode), which the
 * closures of one CreateClosure site share through their FeedbackCell — as V8 keeps a
 * function's optimized code in its feedback vector's optimized-code slot — so a closure made
 * after its siblings were optimized starts optimized, and one deopt evicts the code for all.
 */
package dev.kindling.interpreter;


public final class TieringManager {
    /** node 20's --interrupt-budget (V8 11.3: 66 * KB). */
    public static final int DEFAULT_INTERRUPT_BUDGET = 66 * 1024;
    /** V8's --ticks-before-optimization. */
    public static final int TICKS_BEFORE_OPTIMIZATION = 3;
    /** V8's --bytecode-size-allowance-per-tick: one more tick needed per this many bytes of bytecode. */
    public static final int BYTECODE_SIZE_ALLOWANCE_PER_TICK = 150;
    /** V8's --max-optimized-bytecode-size. */
    public static final int MAX_OPTIMIZED_BYTECODE_SIZE = 60 * 1024;
    /** Deopts after which a function is never optimized again (Kindling's limit; see the header). */
    public static final int MAX_DEOPTS = 5;

    private final OptimizingCompiler compiler;
    private final int interruptBudget;
    private TieringTrace trace;
    private final OnStackReplacement osr;

    /** @param compiler the tier, or null for none (--no-opt) */
    private boolean alwaysOpt;

    public TieringManager(OptimizingCompiler compiler, int interruptBudget) {
        if (interruptBudget <= 0) {
            throw new IllegalArgumentException("--interrupt-budget must be positive, not " + interruptBudget);
        }
        this.compiler = compiler;
        this.interruptBudget = interruptBudget;
        this.osr = new OnStackReplacement(compiler);
    }

    /** On-stack replacement's controls (--use-osr, --always-osr, --trace-osr) and entry. */
    public OnStackReplacement onStackReplacement() {
        return osr;
    }

    /** The compiler, or null when the engine was given none. */
    public OptimizingCompiler compiler() {
        return compiler;
    }

    public int interruptBudget() {
        return interruptBudget;
    }

    /**
     * --always-opt: every budget spend is a decision, and the decision is always "optimize"
     * (unless given up on), so a function is marked at its first Return or back edge and
     * compiled on its next call — its first run gathers the feedback the compile reads.
     */
    public void setAlwaysOpt(boolean alwaysOpt) {
        this.alwaysOpt = alwaysOpt;
    }

    /** Whether --always-opt is on (%GetOptimizationStatus's kAlwaysOptimize). */
    public boolean alwaysOpt() {
        return alwaysOpt;
    }

    /** Where marked/gave-up decisions are reported (--trace-opt); null for nowhere. */
    public void setTrace(TieringTrace trace) {
        this.trace = trace;
    }

    /**
     * A JumpLoop at `offset` (of a loop at `loopDepth`, `weight` bytes long) was taken in `frame`:
     * spends the budget, and returns whether the frame should continue in OSR code now.
     */
    boolean onJumpLoop(InterpreterFrame frame, int offset, int weight, int loopDepth) {
        spend(frame.function, weight);
        return osr.wanted(frame, offset, loopDepth);
    }

    /** Spends `weight` of `function`'s interrupt budget; decides when it runs out. */
    public void spend(JSClosure function, int weight) {
        if (alwaysOpt) {
            onBudgetInterrupt(function);
            return;
        }
        FeedbackCell cell = function.feedbackCell();
        int left = cell.interruptBudget() - weight;
        if (left > 0) {
            cell.setInterruptBudget(left);
            return;
        }
        cell.setInterruptBudget(interruptBudget);
        onBudgetInterrupt(function);
    }

    /** A budget ran out (V8's TieringManager::OnInterruptTick): a tick, then the decision. */
    private void onBudgetInterrupt(JSClosure function) {
        FeedbackVector vector = function.feedbackVector();
        vector.addProfilerTick();
        TieringState state = vector.tieringState();
        if (state == TieringState.NEVER) {
            return;
        }
        if (state == TieringState.REQUESTED
                || vector.optimizedCode() != null && !vector.optimizedCode().isMarkedForDeoptimization()) {
            osr.incrementUrgency(function); // marked or optimized, and still ticking: interpreted somewhere
            return;
        }
        if (vector.deoptCount() >= MAX_DEOPTS) {
            giveUp(function, "too many deopts");
            return;
        }
        int length = function.shared().bytecode().length();
        if (length > MAX_OPTIMIZED_BYTECODE_SIZE) {
            giveUp(function, "function is too large");
            return;
        }
        if (alwaysOpt) {
            mark(function, "always-opt");
        } else if (vector.profilerTicks() >= TICKS_BEFORE_OPTIMIZATION + length / BYTECODE_SIZE_ALLOWANCE_PER_TICK) {
            mark(function, "hot and stable");
        }
    }

    /**
     * The optimized code a call of `function` should run, or null to interpret it; called at
     * every call's entry while a compiler is given. A REQUESTED function is compiled first (the
     * result installed, or NEVER on null); code marked for deoptimization is evicted here
     * (and the function given up on after MAX_DEOPTS).
     */
    public OptimizedCode codeToEnter(JSClosure function) {
        FeedbackVector vector = function.feedbackVector();
        if (vector.tieringState() == TieringState.REQUESTED) {
            OptimizedCode code = compiler.compile(function, vector);
            if (code == null) {
                vector.setTieringState(TieringState.NEVER); // the compiler has said why
                return null;
            }
            vector.setOptimizedCode(code);
        }
        OptimizedCode code = vector.optimizedCode();
        if (code != null && code.isMarkedForDeoptimization()) {
            vector.clearOptimizedCode();
            if (vector.deoptCount() >= MAX_DEOPTS) {
                giveUp(function, "too many deopts");
            }
            return null;
        }
        return code;
    }

    /**
     * Marks `function` for optimization on its next call (%OptimizeFunctionOnNextCall); does
     * nothing without a compiler (as V8 ignores it under --no-opt) or once given up on.
     */
    public void requestOptimization(JSClosure function) {
        TieringState state = function.feedbackVector().tieringState();
        if (compiler != null && state != TieringState.NEVER && state != TieringState.REQUESTED) {
            mark(function, "requested");
        }
    }

    /** Never optimizes `function` again (%NeverOptimizeFunction); code it has is marked for deoptimization. */
    public void neverOptimize(JSClosure function) {
        OptimizedCode code = function.feedbackVector().optimizedCode();
        if (code != null) {
            code.markForDeoptimization();
        }
        giveUp(function, "never optimize");
    }

    private void mark(JSClosure function, String reason) {
        function.feedbackVector().setTieringState(TieringState.REQUESTED);
        if (trace != null) {
            trace.marked(function, reason);
        }
    }

    void giveUp(JSClosure function, String reason) {
        FeedbackVector vector = function.feedbackVector();
        vector.clearOptimizedCode();
        vector.setTieringState(TieringState.NEVER);
        if (trace != null) {
            trace.gaveUp(function, reason);
        }
    }
}

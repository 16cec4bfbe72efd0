/*
 * The feedback store of a function (DESIGN.md stage 4): one entry per feedback slot of the
 * function's FeedbackMetadata, holding the feedback object of that slot's kind —
 * BinaryOperationFeedback, CompareOperationFeedback, CallFeedback, PropertyFeedback — plus
 * the invocation count and the tiering state. Entries are made when the vector is, so the
 * interpreter's recording is a field update, never an allocation.
 *
 * Tiering state (see dev.kindling.interpreter.tiering): the TieringState, the profiler ticks
 * the interrupt budget has given, the deopt count, and the optimized code. Optimized code
 * lives here, as V8 keeps it in the vector's optimized-code slot: every closure of the
 * vector's FeedbackCell (one CreateClosure site) runs the same code, and evicting it once
 * (after a deopt) evicts it for all. Interpreter.call enters it (TieringManager.codeToEnter).
 *
 * A vector belongs to a FeedbackCell, not to one closure: every closure made at one
 * CreateClosure site of one enclosing vector shares it (see FeedbackCell). The vector in turn
 * owns the cells of its own function's closure sites (V8's closure feedback cell array), and
 * knows its SharedFunctionInfo, as V8's does, so it can be printed without a closure.
 *
 * Two-entry kinds (property, global and call ICs, as in V8) use their first entry; the second
 * stays null, keeping slot numbers the same as node's.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.FeedbackMetadata;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.ic.BinaryOperationFeedback;
import dev.kindling.ic.CallFeedback;
import dev.kindling.ic.CompareOperationFeedback;
import dev.kindling.ic.PropertyFeedback;

public final class FeedbackVector {
    private final SharedFunctionInfo shared;
    private final FeedbackMetadata metadata;
    private final Object[] entries;
    /** One cell per CreateClosure site of this function, indexed by CreateClosure's second operand. */
    private final FeedbackCell[] closureCells;
    private int invocationCount;
    private TieringState tieringState = TieringState.NONE;
    private OptimizedCode optimizedCode;
    private int profilerTicks;
    private int deoptCount;

    /** A vector for `shared` (compiling it if it has no bytecode yet). */
    public FeedbackVector(SharedFunctionInfo shared) {
        this.shared = shared;
        this.metadata = shared.bytecode().feedbackMetadata();
        this.entries = new Object[metadata.entryCount()];
        this.closureCells = new FeedbackCell[metadata.closureCellCount()];
        for (int i = 0; i < closureCells.length; i++) {
            closureCells[i] = new FeedbackCell();
        }
        for (FeedbackMetadata.Slot slot : metadata.slots()) {
            entries[slot.index()] = switch (slot.kind()) {
                case BinaryOp -> new BinaryOperationFeedback();
                case CompareOp -> new CompareOperationFeedback();
                case Call -> new CallFeedback();
                case LoadProperty, LoadKeyed, SetNamedSloppy, SetNamedStrict, DefineNamedOwn, SetKeyedSloppy,
                     SetKeyedStrict, DefineKeyedOwnPropertyInLiteral, LoadGlobalNotInsideTypeof,
                     LoadGlobalInsideTypeof, StoreGlobalSloppy, StoreGlobalStrict -> new PropertyFeedback();
                default -> null;
            };
        }
    }

    public SharedFunctionInfo shared() {
        return shared;
    }

    /** The cell every closure made at CreateClosure site `index` of this function gets. */
    public FeedbackCell closureCell(int index) {
        return closureCells[index];
    }

    public FeedbackMetadata metadata() {
        return metadata;
    }

    public Object get(int slot) {
        return entries[slot];
    }

    /**
     * A Literal slot's boilerplate, as V8 keeps it in the slot once the literal first ran
     * (today only CreateRegExpLiteral's compiled pattern); null until then.
     */
    public Object literalBoilerplate(int slot) {
        return entries[slot];
    }

    public void setLiteralBoilerplate(int slot, Object boilerplate) {
        entries[slot] = boilerplate;
    }

    public BinaryOperationFeedback binaryOp(int slot) {
        return (BinaryOperationFeedback) entries[slot];
    }

    public CompareOperationFeedback compareOp(int slot) {
        return (CompareOperationFeedback) entries[slot];
    }

    public CallFeedback call(int slot) {
        return (CallFeedback) entries[slot];
    }

    public PropertyFeedback property(int slot) {
        return (PropertyFeedback) entries[slot];
    }

    public int invocationCount() {
        return invocationCount;
    }

    void countInvocation() {
        invocationCount++;
    }

    public TieringState tieringState() {
        return tieringState;
    }

    public void setTieringState(TieringState state) {
        this.tieringState = state;
        tieringChanged();
    }

    /** The installed optimized code (possibly marked for deoptimization), or null. */
    public OptimizedCode optimizedCode() {
        return optimizedCode;
    }

    /** Installs `code` (compiled from this vector's function) for every closure of the cell: OPTIMIZED. */
    public void setOptimizedCode(OptimizedCode code) {
        if (code.shared() != shared) {
            throw new IllegalArgumentException("code of " + code.shared().name() + " installed for " + shared.name());
        }
        this.optimizedCode = code;
        this.tieringState = TieringState.OPTIMIZED;
        code.installedIn(this);
        tieringChanged();
    }

    /** Drops the optimized code; an OPTIMIZED function is interpreted again (NONE). */
    public void clearOptimizedCode() {
        this.optimizedCode = null;
        if (tieringState == TieringState.OPTIMIZED) {
            tieringState = TieringState.NONE;
        }
        tieringChanged();
    }

    /**
     * The entry points of direct calls from optimized code (see DirectCallSites), made when
     * the first one is linked; null until then.
     */
    private DirectCallSites directCallSites;

    /** The direct-call site for `argc` arguments, whose target is this function's current code. */
    java.lang.invoke.MutableCallSite directCallSite(Interpreter interpreter, int argc) {
        if (directCallSites == null) {
            directCallSites = new DirectCallSites(interpreter, this);
        }
        return directCallSites.site(argc);
    }

    /** The direct-call sites, or null if no optimized code has linked to this function. */
    public DirectCallSites directCallSites() {
        return directCallSites;
    }

    /** Called on every change of the code a call should enter: re-points the direct-call sites. */
    void tieringChanged() {
        if (directCallSites != null) {
            directCallSites.update();
        }
    }

    /**
     * Whether a call must go through TieringManager.codeToEnter (code to run, or a compile
     * due), which needs the argument list: CallHandlers' register-file fast path then steps aside.
     */
    boolean entersTier() {
        return optimizedCode != null || tieringState == TieringState.REQUESTED;
    }

    /** How many times the interrupt budget ran out since the last deopt (V8's profiler_ticks). */
    public int profilerTicks() {
        return profilerTicks;
    }

    public void addProfilerTick() {
        profilerTicks++;
    }

    public int deoptCount() {
        return deoptCount;
    }

    /** Counts a deopt of this function's code; it starts gathering ticks anew, as in V8. */
    public void recordDeopt() {
        deoptCount++;
        profilerTicks = 0;
    }

    /**
     * The bytecode offsets where optimized code deoptimized (V8 marks the feedback of such a
     * site so the next compile does not make the same bet): where the interpreter's feedback
     * changes after a deopt (a new shape, a wider number hint) the next compile follows it, but
     * some sites keep feedback that invites the same deopt again — a site the interpreter runs
     * without recording anything (a primitive string's length), a store into an array's holes,
     * a load past an array's end, a primitive string checked as an object's shape. At a marked
     * site the graph builder makes the generic operation, so the function does not deopt in a
     * loop until it is given up on.
     */
    private java.util.BitSet deoptSites;

    /** Records that the code deoptimized at `offset` (not for --deopt-every-n-times' forced deopts). */
    public void recordDeoptAt(int offset) {
        if (deoptSites == null) {
            deoptSites = new java.util.BitSet();
        }
        deoptSites.set(offset);
    }

    /** Whether code deoptimized at `offset` before: compile the generic operation there. */
    public boolean deoptedAt(int offset) {
        return deoptSites != null && deoptSites.get(offset);
    }

    /** On-stack replacement's state of this function (its urgency and OSR code), made when first asked for. */
    private OnStackReplacement.State osrState;

    OnStackReplacement.State osrState() {
        if (osrState == null) {
            osrState = new OnStackReplacement.State();
        }
        return osrState;
    }

    OnStackReplacement.State osrStateOrNull() {
        return osrState;
    }
}

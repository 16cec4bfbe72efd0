/*
 * The interpreter loop (DESIGN.md stage 3): one `switch` over the bytecode table in one
 * method, reading operands as the table says, each case a few lines. Anything that is not a
 * fast path calls out to a handler file (OperatorHandlers, CallHandlers), InterpreterRuntime
 * or the runtime package. Read this file first.
 *
 * Assumes: bytecode from the generator (well-formed operands, every path ends in Return,
 * Throw or ReThrow).
 * Guarantees: run() can start at any offset of a filled-in InterpreterFrame; whenever it
 * leaves the loop (call, stop, throw, return) the frame holds the current state; a JS
 * exception that no handler in this function catches leaves as a JSException whose value
 * has been materialized in this frame (so its stack trace starts here).
 *
 * What may live in JVM locals: `pc` and `acc` are cached in locals of run() and the
 * register file is the frame's own array (never a copy). The rule that keeps a frame
 * resumable: the frame's bytecodeOffset is written before every bytecode executes (so a
 * call, a getter, an error's stack trace or a "not a function" message made inside it sees
 * the right offset), and the accumulator is written back at every exit of the loop — Return,
 * a stop at a break (see resume), and an exception (handle() resets both from the handler table).
 * Nothing else is cached: registers and the context are read from and written to the frame.
 * What observes a frame while it is suspended in a call (stack traces, error messages that
 * name the callee) reads only its offset and registers, never the accumulator.
 *
 * Why the loop is shaped for the JVM's JIT: HotSpot's C2 inlines callees into one compiled
 * method only while the method's bytecode plus everything inlined stays under
 * DesiredMethodLimit (8000 bytes). run() itself counts whole, so every byte of it leaves less
 * room for the small helpers its hot cases need inlined (register reads, operand reads,
 * feedback updates, the Smi fast paths); past the limit a hot Ldar becomes two real calls.
 * Hence: one case per bytecode family with the work in a handler (OperatorHandlers,
 * CallHandlers), operands pre-decoded so reading one is an array load whatever its scale,
 * and helpers written small with their rare paths out of line. Keep new cases to a line or
 * two, calling out for anything longer; bytecodes that are rare in hot code (literals,
 * classes, for-in, throw, runtime calls...) are dispatched out of line to otherBytecode, so
 * that their bytes do not use up the budget the hot cases' helpers need. run() is about
 * 2,700 bytes of bytecode today and InterpreterLoopSizeTest fails past 3,000. The switch is over the int opcode (Opcodes, made
 * from the table), not the enum, and register operands are pre-decoded to register-file
 * indexes: both save loads on every bytecode. Only `pc` and `acc` live across the loop's
 * back edge: the code, register file and feedback vector are read from the frame's final
 * fields in each iteration, `start` is each iteration's own, and the catch reads the offset
 * back from the frame. With more loop-carried values C2 ran out of registers and shuffled
 * spilled copies of them to and from the stack at every back edge (seen in the compiled
 * code with -XX:CompileCommand=print), costing more than the reloads.
 *
 * Why every call from bytecode to a closure recurses into run() (through CallHandlers and
 * enter), where Ignition's frames simply follow each other on the machine stack: HotSpot
 * compiles a method for its next invocations, and moves a running one to compiled code only
 * by on-stack replacement at a loop. A loop that instead switched to the callee's frame and
 * back would run a whole program in one activation of run(), stuck in whatever tier it
 * started in; tried, DeltaBlue ran 2.5 times slower.
 *
 * The doors for the optimizing tier (dev.kindling.interpreter.tiering): call() enters a
 * function's optimized code when its FeedbackVector has some (TieringManager.codeToEnter);
 * Return and JumpLoop spend the function's interrupt budget out of line (interruptBudget,
 * jumpLoop), behind one test of a final field, so with no compiler given nothing is spent; a
 * JumpLoop may leave run() for on-stack replacement (ON_STACK_REPLACEMENT, runToEnd); frames made
 * outside the interpreter (JsFrame) join the stack with pushFrame/popFrame; and a frame
 * rebuilt from plain values (InterpreterFrame.rebuild) runs to its end with runFrame.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.Boilerplate;
import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.HandlerTable;
import dev.kindling.bytecode.Opcodes;
import dev.kindling.bytecode.RuntimeFunction;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.diagnostics.IcTraceWriter;
import dev.kindling.frontend.scope.Scope;
import dev.kindling.ic.InlineCaches;
import dev.kindling.ic.KeyedLoadIC;
import dev.kindling.ic.KeyedStoreIC;
import dev.kindling.ic.PropertyFeedback;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSArguments;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.Operators;
import dev.kindling.runtime.Realm;

public final class Interpreter {
    /**
     * Returned by run() when a JumpLoop asks for on-stack replacement: the frame is at the loop
     * header, and runToEnd continues it in OSR code (see OnStackReplacement).
     */
    static final Object ON_STACK_REPLACEMENT = new Object() {
        @Override
        public String toString() {
            return "<on-stack replacement>";
        }
    };

    /** Returned by run() when it stopped at a requested offset instead of returning (see resume). */
    public static final Object STOPPED = new Object() {
        @Override
        public String toString() {
            return "<stopped>";
        }
    };

    private final Realm realm;
    private final InterpreterRuntime runtime;
    private final InlineCaches ics;
    private final int maxDepth;
    /** The innermost running JS frame (interpreted or not); frames link to their callers. */
    JsFrame current;
    /** While a builtin's pending error is made into an Error object: that builtin's frame name. */
    private String pendingBuiltinFrame;
    private int depth;
    /**
     * The frame objects optimized code reuses, indexed by call depth (reusableFrame): slot d
     * holds the one last pushed by optimized code when the depth was d, so a call between
     * optimized functions writes a frame's fields instead of allocating one, as a machine
     * stack is written. Grows with the deepest depth reached.
     */
    private JsFrame[] reusableFrames = new JsFrame[32];
    /**
     * --print-feedback: the cells whose feedback vectors exist, one per vector, in the order the
     * vectors were made (first call of a closure of the cell); null when nobody asked, so a
     * long run keeps none alive for it.
     */
    private java.util.List<FeedbackCell> feedbackCells;
    private final TieringManager tieringManager;
    /** Whether a compiler was given: the one final field the budget and entry paths test. */
    private final boolean tiering;

    public Interpreter(Realm realm, int maxDepth) {
        this(realm, maxDepth, true, null);
    }

    /** An interpreter without an optimizing compiler (--no-opt). */
    public Interpreter(Realm realm, int maxDepth, boolean useIc, java.io.PrintStream traceIc) {
        this(realm, maxDepth, useIc, traceIc, null, TieringManager.DEFAULT_INTERRUPT_BUDGET);
    }

    /**
     * @param useIc   false runs every property access through the generic lookup (--no-use-ic)
     * @param traceIc where --trace-ic writes one line per IC state change, or null
     * @param compiler the optimizing tier, or null for none (--no-opt): then no budget is spent
     * @param interruptBudget --interrupt-budget (TieringManager.DEFAULT_INTERRUPT_BUDGET is node's)
     */
    public Interpreter(Realm realm, int maxDepth, boolean useIc, java.io.PrintStream traceIc,
                       OptimizingCompiler compiler, int interruptBudget) {
        this.realm = realm;
        this.tieringManager = new TieringManager(compiler, interruptBudget);
        this.tiering = compiler != null;
        this.maxDepth = maxDepth;
        this.runtime = new InterpreterRuntime(this);
        this.ics = new InlineCaches(realm, useIc, traceIc == null ? null : new IcTraceWriter(this::icTraceSite, traceIc));
        realm.setStackTraceProvider(limit -> StackTraces.capture(current, pendingBuiltinFrame, limit));
        realm.setLoadErrorMessage((receiver, key) -> Destructuring.loadFromNullOrUndefined(current, receiver, key));
    }

    public Realm realm() {
        return realm;
    }

    /** Who compiles direct eval code (the host); null refuses direct eval with an EvalError. */
    private DirectEval.Compiler directEvalCompiler;

    public void setDirectEvalCompiler(DirectEval.Compiler compiler) {
        this.directEvalCompiler = compiler;
    }

    DirectEval.Compiler directEvalCompiler() {
        return directEvalCompiler;
    }

    /** --trace-ic's view of where an IC changed: the innermost frame, or null outside JS code. */
    private IcTraceWriter.Site icTraceSite() {
        JsFrame f = current;
        return f == null ? null : new IcTraceWriter.Site(f.function().shared(), f.bytecodeOffset(), f.sourcePosition());
    }

    /** Starts remembering every feedback vector that gets made (for --print-feedback). */
    public void recordFeedbackVectors() {
        if (feedbackCells == null) {
            feedbackCells = new java.util.ArrayList<>();
        }
    }

    /**
     * The cells with feedback vectors, in the order the vectors were made: each vector once,
     * however many closures share it; empty unless recording.
     */
    public java.util.List<FeedbackCell> feedbackCells() {
        return feedbackCells == null ? java.util.List.of() : java.util.Collections.unmodifiableList(feedbackCells);
    }

    /** The tiering manager (with no compiler under --no-opt, when it decides nothing). */
    public TieringManager tieringManager() {
        return tieringManager;
    }

    void feedbackVectorCreated(FeedbackCell cell) {
        cell.setInterruptBudget(tieringManager.interruptBudget()); // V8 sets it with the vector too
        if (feedbackCells != null) {
            feedbackCells.add(cell);
        }
    }

    InterpreterRuntime runtime() {
        return runtime;
    }

    /** What %DebugPrint(x) prints: its shape, properties, prototype (and a function's bytecode). */
    public String debugPrint(Object x) {
        return runtime.debugPrint(x);
    }

    /**
     * Where an exception was thrown: the innermost JS position it passed through, or null if
     * it passed through none. The host reads it to print node's report of an uncaught exception.
     */
    public static dev.kindling.runtime.ThrowSite throwSite(JSException e) {
        return InterpreterRuntime.throwSite(e);
    }

    /** The innermost JS frame, or null when no JS code runs. */
    public JsFrame currentFrame() {
        return current;
    }

    /**
     * Makes `frame`, made outside the interpreter (an optimized frame), the current one; its
     * caller must be the current frame. Counts towards the same depth limit as calls do.
     */
    public void pushFrame(JsFrame frame) {
        if (frame.caller != current) {
            throw new IllegalStateException("a frame is pushed onto its caller, the current frame");
        }
        checkDepth();
        current = frame;
        depth++;
    }

    /**
     * The frame object optimized code last pushed at the current depth, for the next one pushed
     * at this depth to reuse (backend's OptimizedFrame), or null if there is none yet.
     *
     * Why a slot is free when the depth is back at d: frames are pushed and popped in stack
     * order, so the frame pushed at depth d has been popped once the depth is d again, and
     * nothing keeps a popped frame — stack traces copy what they show (StackFrameInfo), throw
     * sites their position, and a suspended generator's frame drops its caller link. The one
     * frame that is popped and pushed back is the one the deoptimizer replaces with
     * interpreter frames while they run; the interpreter frame then holds depth d, and the
     * only frame that could be pushed at d meanwhile, OSR code's in place of that interpreter
     * frame, is never a reused one (CompiledFunction.enterAtLoop allocates it).
     */
    public JsFrame reusableFrame() {
        JsFrame[] frames = reusableFrames;
        int d = depth;
        return d < frames.length ? frames[d] : null;
    }

    /** Keeps `frame`, about to be pushed, as the reusable frame of the current depth. */
    public void keepReusableFrame(JsFrame frame) {
        if (depth >= reusableFrames.length) {
            reusableFrames = java.util.Arrays.copyOf(reusableFrames, Math.max(depth + 1, 2 * reusableFrames.length));
        }
        reusableFrames[depth] = frame;
    }

    /** Undoes pushFrame(frame), which must be the current frame. */
    public void popFrame(JsFrame frame) {
        if (frame != current) {
            throw new IllegalStateException("only the current frame can be popped");
        }
        current = frame.caller;
        depth--;
    }

    /**
     * What pushFrame checks, for a frame optimized code does not push (an inlined callee nothing
     * can observe): a RangeError where pushing a frame would throw one.
     */
    public void checkCallDepth() {
        checkDepth();
    }

    private void checkDepth() {
        if (depth >= maxDepth) {
            throw JSException.rangeError("Maximum call stack size exceeded");
        }
    }

    /**
     * A new closure of `shared` over `context` made outside any CreateClosure site (the
     * script's top level, a module wrapper, tests): its feedback cell is a fresh one.
     */
    public JSClosure newClosure(SharedFunctionInfo shared, Context context) {
        return newClosure(shared, context, new FeedbackCell());
    }

    /** A new closure sharing `cell` with every other closure of its CreateClosure site. */
    JSClosure newClosure(SharedFunctionInfo shared, Context context, FeedbackCell cell) {
        return new JSClosure(this, shared, context, cell);
    }

    /**
     * Calls a closure: its optimized code if its vector has some (compiled first if it was
     * REQUESTED), else a new frame and the loop from offset 0. Every call of a closure but
     * CallHandlers' register-file fast path comes here, and that path steps aside
     * (entersOptimizedCode) whenever this one would not interpret.
     */
    public Object call(JSClosure function, Object receiver, Object[] args, JSObject newTarget) {
        if (tiering) {
            OptimizedCode code = tieringManager.codeToEnter(function);
            if (code != null) {
                function.feedbackVector().countInvocation();
                return code.call(this, function, receiverFor(function, receiver), args, newTarget);
            }
        }
        BytecodeArray bytecode = function.shared().bytecode();
        return enter(new InterpreterFrame(function, bytecode, receiverFor(function, receiver), args, newTarget, current));
    }

    /**
     * What call() does for a closure whose vector holds enterable optimized code `code`, for a
     * direct call already linked to that code (DirectCallSites, which re-links whenever the code
     * stops being enterable, so the checks codeToEnter makes are not repeated here).
     */
    Object enterOptimized(OptimizedCode code, JSClosure function, Object receiver, Object[] args) {
        function.feedbackVector().countInvocation();
        return code.call(this, function, receiverFor(function, receiver), args, null);
    }

    /**
     * A call made by code outside the interpreter (optimized code) running in `frame`, which
     * must be current, at its current offset: as the Call bytecodes make it — a builtin shows
     * as a native frame above `frame`, and a callee that is not a function is named from
     * frame's call site ("o.m is not a function").
     */
    public Object callFrom(JsFrame frame, Object callee, Object receiver, Object[] args) {
        return runtime.call(frame, callee, receiver, args);
    }

    /** `new constructor(...args)` from `frame`, as callFrom (and the Construct bytecode). */
    public Object constructFrom(JsFrame frame, Object constructor, Object[] args, JSObject newTarget) {
        return runtime.construct(frame, constructor, args, newTarget);
    }

    /** Whether a call of `closure` goes through the tier (see call), so needs its argument list. */
    boolean entersOptimizedCode(JSClosure closure) {
        return tiering && closure.entersTier();
    }

    /**
     * Calls a closure whose code never reads its argument list (BytecodeArray.
     * readsArgumentList) over a register file the caller filled in, receiver slot aside.
     */
    Object callWithRegisters(JSClosure function, Object receiver, Object[] registers, JSObject newTarget) {
        registers[0] = receiverFor(function, receiver);
        return enter(new InterpreterFrame(function, function.shared().bytecode(), registers, null, newTarget, current));
    }

    /** The receiver as the function's `this` (JSClosure.receiverFor: sloppy code boxes it). */
    private static Object receiverFor(JSClosure function, Object receiver) {
        return function.receiverFor(receiver);
    }

    /** Runs a new frame as the current one from offset 0. */
    private Object enter(InterpreterFrame frame) {
        frame.feedback.countInvocation();
        checkDepth();
        JsFrame saved = current;
        current = frame;
        depth++;
        try {
            return runToEnd(frame);
        } finally {
            current = saved;
            depth--;
        }
    }

    /**
     * Runs `frame` from its bytecode offset until it returns (the return value) or reaches a
     * break its code was patched with (STOPPED, with the frame holding the state at that
     * offset; see resume). The frame must already be the current one (call() arranges that;
     * resume() does it for a copied frame).
     */
    Object run(InterpreterFrame frame) {
        int pc = frame.bytecodeOffset;
        Object acc = frame.accumulator;
        while (true) {
            try {
                while (true) {
                    final int start = pc;
                    final int[] code = frame.code;
                    final BytecodeArray bytecode = frame.bytecode;
                    final Object[] regs = frame.registers;
                    final FeedbackVector feedback = frame.feedback;
                    final int word = code[pc]; // the instruction word: see BytecodeArray.decodedForExecution
                    final int op = BytecodeArray.instructionOpcode(word);
                    final int p = pc + 1; // operand k is at p + k
                    pc += BytecodeArray.instructionLength(word);
                    frame.bytecodeOffset = start;
                    switch (op) { // op: see Opcodes
                        // ---- accumulator loads ----
                        case Opcodes.LdaZero -> acc = 0;
                        case Opcodes.LdaSmi -> acc = s(code, p);
                        case Opcodes.LdaUndefined -> acc = Oddball.UNDEFINED;
                        case Opcodes.LdaNull -> acc = Oddball.NULL;
                        case Opcodes.LdaTheHole -> acc = Oddball.THE_HOLE;
                        case Opcodes.LdaTrue -> acc = Boolean.TRUE;
                        case Opcodes.LdaFalse -> acc = Boolean.FALSE;
                        case Opcodes.LdaConstant -> acc = bytecode.constant(u(code, p));

                        // ---- registers ----
                        case Opcodes.Ldar -> acc = frame.get(s(code, p));
                        case Opcodes.Star -> frame.set(s(code, p), acc);
                        case Opcodes.Star0, Opcodes.Star1, Opcodes.Star2, Opcodes.Star3, Opcodes.Star4, Opcodes.Star5, Opcodes.Star6, Opcodes.Star7, Opcodes.Star8, Opcodes.Star9, Opcodes.Star10, Opcodes.Star11, Opcodes.Star12, Opcodes.Star13, Opcodes.Star14, Opcodes.Star15 ->
                                regs[frame.localBase + Opcodes.Star0 - op] = acc; // Star0 … Star15 count down
                        case Opcodes.Mov -> frame.set(s(code, p + 1), frame.get(s(code, p)));

                        // ---- globals ----
                        case Opcodes.LdaGlobal, Opcodes.LdaGlobalInsideTypeof -> {
                            String name = (String) bytecode.constant(u(code, p));
                            Object cached = ics.global.load(feedback.property(u(code, p + 1)), name);
                            acc = cached != null ? cached : runtime.loadGlobal(name, op == Opcodes.LdaGlobalInsideTypeof);
                        }
                        case Opcodes.StaGlobal -> {
                            String name = (String) bytecode.constant(u(code, p));
                            if (!ics.global.store(feedback.property(u(code, p + 1)), name, acc)) {
                                runtime.storeGlobal(name, acc, frame.function.shared().isStrict());
                            }
                        }

                        // ---- contexts ----
                        case Opcodes.PushContext -> {
                            frame.set(s(code, p), frame.context);
                            frame.context = (Context) acc;
                        }
                        case Opcodes.PopContext -> frame.context = (Context) frame.get(s(code, p));
                        case Opcodes.LdaContextSlot, Opcodes.LdaImmutableContextSlot -> acc = ((Context) frame.get(s(code, p)))
                                .up(u(code, p + 2)).get(u(code, p + 1));
                        case Opcodes.LdaCurrentContextSlot, Opcodes.LdaImmutableCurrentContextSlot ->
                                acc = frame.context.get(u(code, p));
                        case Opcodes.StaContextSlot -> ((Context) frame.get(s(code, p)))
                                .up(u(code, p + 2)).set(u(code, p + 1), acc);
                        case Opcodes.StaCurrentContextSlot -> frame.context.set(u(code, p), acc);

                        // ---- properties ----
                        case Opcodes.GetNamedProperty -> {
                            Object receiver = frame.get(s(code, p));
                            PropertyFeedback site = feedback.property(u(code, p + 2));
                            // The monomorphic own-field hit, inline; everything else in LoadIC.
                            acc = receiver instanceof JSObject o && o.shape() == site.fieldShape()
                                    ? o.slotValue(site.fieldSlot())
                                    : ics.load.load(site, receiver, (String) bytecode.constant(u(code, p + 1)));
                        }
                        case Opcodes.GetKeyedProperty -> {
                            Object receiver = frame.get(s(code, p));
                            PropertyFeedback site = feedback.property(u(code, p + 1));
                            Object element = KeyedLoadIC.fastElement(site, receiver, acc);
                            acc = element != null ? element : ics.keyedLoad.load(site, receiver, acc);
                        }
                        case Opcodes.SetNamedProperty -> {
                            Object receiver = frame.get(s(code, p));
                            PropertyFeedback site = feedback.property(u(code, p + 2));
                            if (receiver instanceof JSObject o && o.shape() == site.fieldShape()) {
                                o.setSlotValue(site.fieldSlot(), acc);
                            } else {
                                ics.store.store(site, receiver, (String) bytecode.constant(u(code, p + 1)),
                                        acc, frame.function.shared().isStrict());
                            }
                        }
                        case Opcodes.SetKeyedProperty -> {
                            Object receiver = frame.get(s(code, p));
                            Object key = frame.get(s(code, p + 1));
                            PropertyFeedback site = feedback.property(u(code, p + 2));
                            if (!KeyedStoreIC.fastElement(site, receiver, key, acc)) {
                                ics.keyedStore.store(site, receiver, key, acc, frame.function.shared().isStrict());
                            }
                        }

                        // ---- binary and unary operators (OperatorHandlers: Smi fast path, then generic) ----
                        case Opcodes.Add, Opcodes.Sub, Opcodes.Mul, Opcodes.Div, Opcodes.Mod, Opcodes.Exp, Opcodes.BitwiseOr, Opcodes.BitwiseXor, Opcodes.BitwiseAnd, Opcodes.ShiftLeft, Opcodes.ShiftRight, Opcodes.ShiftRightLogical -> acc = OperatorHandlers.binary(op, frame.get(s(code, p)),
                                acc, feedback.binaryOp(u(code, p + 1)));
                        case Opcodes.AddSmi, Opcodes.SubSmi, Opcodes.MulSmi, Opcodes.DivSmi, Opcodes.ModSmi, Opcodes.ExpSmi, Opcodes.BitwiseOrSmi, Opcodes.BitwiseXorSmi, Opcodes.BitwiseAndSmi, Opcodes.ShiftLeftSmi, Opcodes.ShiftRightSmi, Opcodes.ShiftRightLogicalSmi -> acc = OperatorHandlers.binarySmi(op, acc,
                                s(code, p), feedback.binaryOp(u(code, p + 1)));
                        case Opcodes.Inc, Opcodes.Dec, Opcodes.Negate, Opcodes.BitwiseNot, Opcodes.ToNumeric ->
                                acc = OperatorHandlers.unary(op, acc, feedback.binaryOp(u(code, p)));
                        case Opcodes.ToBooleanLogicalNot -> acc = !Conversions.toBoolean(acc);
                        case Opcodes.LogicalNot -> acc = acc != Boolean.TRUE;

                        // ---- comparisons ----
                        case Opcodes.TestEqual, Opcodes.TestEqualStrict, Opcodes.TestLessThan, Opcodes.TestGreaterThan, Opcodes.TestLessThanOrEqual, Opcodes.TestGreaterThanOrEqual -> acc = OperatorHandlers.compare(op, frame.get(s(code, p)),
                                acc, feedback.compareOp(u(code, p + 1)));
                        case Opcodes.TestUndetectable -> acc = Oddball.isNullish(acc);
                        case Opcodes.TestNull -> acc = acc == Oddball.NULL;
                        case Opcodes.TestUndefined -> acc = acc == Oddball.UNDEFINED;
                        case Opcodes.TestReferenceEqual -> {
                            Object r = frame.get(s(code, p));
                            acc = r == acc || r instanceof Integer i && i.equals(acc); // Smis compare by value
                        }

                        // ---- calls ----
                        case Opcodes.CallProperty, Opcodes.CallProperty0, Opcodes.CallProperty1, Opcodes.CallProperty2, Opcodes.CallAnyReceiver, Opcodes.CallUndefinedReceiver, Opcodes.CallUndefinedReceiver0, Opcodes.CallUndefinedReceiver1, Opcodes.CallUndefinedReceiver2 -> acc = CallHandlers.call(this, op, frame, code, p, feedback);
                        case Opcodes.Construct -> acc = CallHandlers.construct(this, frame, code, p, feedback, acc);

                        // ---- jumps ----
                        case Opcodes.Jump -> pc = start + u(code, p);
                        case Opcodes.JumpIfTrue -> {
                            if (acc == Boolean.TRUE) {
                                pc = start + u(code, p);
                            }
                        }
                        case Opcodes.JumpIfFalse -> {
                            if (acc == Boolean.FALSE) {
                                pc = start + u(code, p);
                            }
                        }
                        case Opcodes.JumpIfToBooleanTrue -> {
                            if (Conversions.toBoolean(acc)) {
                                pc = start + u(code, p);
                            }
                        }
                        case Opcodes.JumpIfToBooleanFalse -> {
                            if (!Conversions.toBoolean(acc)) {
                                pc = start + u(code, p);
                            }
                        }
                        case Opcodes.JumpIfNull -> {
                            if (acc == Oddball.NULL) {
                                pc = start + u(code, p);
                            }
                        }
                        case Opcodes.JumpIfNotNull -> {
                            if (acc != Oddball.NULL) {
                                pc = start + u(code, p);
                            }
                        }
                        case Opcodes.JumpIfUndefined -> {
                            if (acc == Oddball.UNDEFINED) {
                                pc = start + u(code, p);
                            }
                        }
                        case Opcodes.JumpIfNotUndefined -> {
                            if (acc != Oddball.UNDEFINED) {
                                pc = start + u(code, p);
                            }
                        }
                        case Opcodes.JumpIfUndefinedOrNull -> {
                            if (Oddball.isNullish(acc)) {
                                pc = start + u(code, p);
                            }
                        }
                        case Opcodes.JumpIfJSReceiver -> {
                            if (acc instanceof JSObject) {
                                pc = start + u(code, p);
                            }
                        }
                        case Opcodes.JumpLoop -> {
                            pc = start - u(code, p);
                            if (tiering && jumpLoop(frame, start, u(code, p), u(code, p + 1))) {
                                frame.bytecodeOffset = pc; // at the loop header: continue in OSR code
                                frame.accumulator = acc;
                                return ON_STACK_REPLACEMENT;
                            }
                        }
                        case Opcodes.SwitchOnGeneratorState -> pc = generatorResumePoint(frame, code, p, pc);
                        case Opcodes.SwitchOnSmiNoFeedback -> {
                            if (acc instanceof Integer i) {
                                int index = i - s(code, p + 2);
                                if (index >= 0 && index < u(code, p + 1)) {
                                    pc = start + ((Boilerplate.JumpTableEntry) bytecode.constant(u(code, p) + index)).distance();
                                }
                            }
                        }

                        // ---- control ----
                        case Opcodes.Return -> {
                            frame.accumulator = acc;
                            interruptBudget(frame, start); // the straight-line code run to get here
                            return acc;
                        }
                        case Opcodes.SuspendGenerator -> {
                            frame.accumulator = acc;
                            return suspendGenerator(frame, code, p);
                        }
                        case Opcodes.ThrowReferenceErrorIfHole -> {
                            if (acc == Oddball.THE_HOLE) {
                                throw JSException.referenceError("Cannot access '"
                                        + bytecode.constant(u(code, p)) + "' before initialization");
                            }
                        }

                        // ---- everything else ----
                        case BytecodeArray.BREAK -> { // see resume
                            frame.code = bytecode.decodedForExecution();
                            frame.bytecodeOffset = start;
                            frame.accumulator = acc;
                            return STOPPED;
                        }
                        default -> acc = otherBytecode(op, frame, code, p, start, acc); // the rare ones
                    }
                }
            } catch (JSException e) { // thrown by the bytecode at frame.bytecodeOffset
                acc = handle(frame, frame.bytecodeOffset, e);
                pc = frame.bytecodeOffset;
            } catch (StackOverflowError e) {
                acc = handle(frame, frame.bytecodeOffset, JSException.rangeError("Maximum call stack size exceeded"));
                pc = frame.bytecodeOffset;
            }
        }
    }

    /**
     * SwitchOnGeneratorState: where the frame goes on — the next bytecode (`pc`) on the first
     * call, when the generator register is still undefined, else the resume point of the suspend
     * id the generator was left at, through the jump table (operands: generator, table, length).
     */
    private static int generatorResumePoint(InterpreterFrame frame, int[] code, int p, int pc) {
        Object generator = frame.get(s(code, p));
        if (generator == Oddball.UNDEFINED) {
            return pc;
        }
        int id = ((dev.kindling.runtime.JSGeneratorObject) generator).startExecuting();
        return frame.bytecodeOffset + ((Boilerplate.JumpTableEntry) frame.bytecode.constant(u(code, p + 1) + id)).distance();
    }

    /**
     * SuspendGenerator: the generator keeps this frame, stopped here, and run() returns the
     * accumulator (already in the frame) to whoever called or resumed the generator.
     */
    private static Object suspendGenerator(InterpreterFrame frame, int[] code, int p) {
        ((dev.kindling.runtime.JSGeneratorObject) frame.get(s(code, p))).suspendAt(u(code, p + 1));
        return frame.accumulator;
    }

    /**
     * Resumes a suspended generator's frame as the current one, under the frame resuming it,
     * from offset 0 (its SwitchOnGeneratorState jumps to the resume point) until it suspends
     * again or returns; what run() returns, or its exception. Counts towards the depth limit.
     * While suspended the frame has no caller, so it keeps no resumer's frame alive.
     */
    Object resumeGenerator(InterpreterFrame frame) {
        frame.relink(current);
        frame.bytecodeOffset = 0;
        pushFrame(frame);
        try {
            return runToEnd(frame);
        } finally {
            popFrame(frame);
            frame.relink(null);
        }
    }

    /**
     * A back edge: spends the loop's length of the budget and says whether to leave for OSR code
     * (TieringManager.onJumpLoop); out of line, as interruptBudget.
     */
    private boolean jumpLoop(InterpreterFrame frame, int offset, int weight, int loopDepth) {
        return tieringManager.onJumpLoop(frame, offset, weight, loopDepth);
    }

    /**
     * run() to the function's end, through on-stack replacement: when run() leaves at a back edge
     * for OSR (ON_STACK_REPLACEMENT), the frame continues in OSR code, whose result is the
     * frame's; where there is none, in the interpreter from the loop header.
     */
    private Object runToEnd(InterpreterFrame frame) {
        Object result = run(frame);
        while (result == ON_STACK_REPLACEMENT) {
            result = tieringManager.onStackReplacement().enter(this, frame);
            if (result == null) {
                result = run(frame);
            }
        }
        return result;
    }

    /**
     * Spends `weight` of the function's interrupt budget (V8's UpdateInterruptBudget); out of
     * line so run() grows by a call, and a test of a final field when no compiler is given.
     */
    private void interruptBudget(InterpreterFrame frame, int weight) {
        if (tiering) {
            tieringManager.spend(frame.function, weight);
        }
    }

    /**
     * The bytecodes run() dispatches out of line: all but the ones hot in ordinary code
     * (loads and stores, property access, operators, compares, jumps, calls, Return). They
     * run here exactly as they would in the loop, and return the accumulator. Apart because
     * C2 inlines into one compiled run() only up to DesiredMethodLimit (8000 bytes of
     * bytecode, run() itself included): every byte of run() spent on a rare case is a byte
     * less for inlining the helpers of the hot ones (see the header).
     */
    private Object otherBytecode(int op, InterpreterFrame frame, int[] code, int p, int start, Object acc) {
        final BytecodeArray bytecode = frame.bytecode;
        final FeedbackVector feedback = frame.feedback;
        final Object[] regs = frame.registers;
        switch (op) {
            // ---- properties and operators ----
            case Opcodes.DefineNamedOwnProperty -> ics.store.defineOwn(feedback.property(u(code, p + 2)),
                    (JSObject) frame.get(s(code, p)),
                    (String) bytecode.constant(u(code, p + 1)), acc);
            case Opcodes.DefineKeyedOwnPropertyInLiteral -> runtime.defineKeyedInLiteral(frame.get(s(code, p)),
                    frame.get(s(code, p + 1)), acc, u(code, p + 2));
            case Opcodes.StaInArrayLiteral -> InterpreterRuntime.defineOwn(
                    frame.get(s(code, p)),
                    Conversions.toPropertyKey(frame.get(s(code, p + 1))), acc);
            case Opcodes.DeletePropertyStrict -> acc = PropertyAccess.delete(frame.get(s(code, p)), acc, true);
            case Opcodes.DeletePropertySloppy -> acc = PropertyAccess.delete(frame.get(s(code, p)), acc, false);
            case Opcodes.TypeOf -> acc = Operators.typeOf(acc);
            case Opcodes.ToString -> acc = Conversions.toString(acc);
            case Opcodes.ToName -> frame.set(s(code, p), Conversions.toPropertyKey(acc));
            case Opcodes.TestInstanceOf -> acc = Operators.instanceOf(frame.get(s(code, p)), acc);
            case Opcodes.TestIn -> acc = Operators.hasProperty(frame.get(s(code, p)), acc);

            // ---- closures, contexts, literals ----
            case Opcodes.CreateClosure -> acc = newClosure((SharedFunctionInfo) bytecode.constant(u(code, p)),
                    frame.context, feedback.closureCell(u(code, p + 1)));
            case Opcodes.CreateFunctionContext -> acc = new Context(frame.context,
                    (Scope) bytecode.constant(u(code, p)),
                    Scope.MIN_CONTEXT_SLOT + u(code, p + 1));
            case Opcodes.CreateBlockContext -> {
                Scope scope = (Scope) bytecode.constant(u(code, p));
                acc = new Context(frame.context, scope, scope.contextSlotCount());
            }
            case Opcodes.CreateCatchContext -> {
                Scope scope = (Scope) bytecode.constant(u(code, p + 1));
                Context c = new Context(frame.context, scope, scope.contextSlotCount());
                c.set(Scope.MIN_CONTEXT_SLOT, frame.get(s(code, p)));
                acc = c;
            }
            case Opcodes.CreateObjectLiteral -> acc = runtime.createObjectLiteral(
                    (Boilerplate.ObjectLiteral) bytecode.constant(u(code, p)));
            case Opcodes.CreateEmptyObjectLiteral -> acc = realm.newObject();
            case Opcodes.CreateArrayLiteral -> acc = runtime.createArrayLiteral(
                    (Boilerplate.ArrayLiteral) bytecode.constant(u(code, p)));
            case Opcodes.CreateEmptyArrayLiteral -> acc = realm.newArray(0);
            case Opcodes.CreateRegExpLiteral -> acc = runtime.createRegExpLiteral(
                    (String) bytecode.constant(u(code, p)), feedback, u(code, p + 1), u(code, p + 2));
            case Opcodes.GetTemplateObject -> acc = runtime.templateObject(
                    (Boilerplate.TemplateObjectDescription) bytecode.constant(u(code, p)));
            case Opcodes.CreateUnmappedArguments -> acc = new JSArguments(realm, frame.arguments, null, 0);
            case Opcodes.CreateMappedArguments -> acc = InterpreterRuntime.mappedArguments(realm, frame,
                    (Scope) bytecode.constant(u(code, p)));
            case Opcodes.CreateRestParameter -> {
                int formals = frame.localBase - 2; // parameters before the rest one
                Object[] args = frame.arguments;
                acc = realm.newArray(args.length > formals
                        ? java.util.Arrays.copyOfRange(args, formals, args.length) : new Object[0]);
            }

            // ---- names a sloppy direct eval may bind (DirectEval) ----
            case Opcodes.LdaLookupSlot, Opcodes.LdaLookupGlobalSlot -> acc = DirectEval.load(runtime, frame.context,
                    (String) bytecode.constant(u(code, p)), false);
            case Opcodes.LdaLookupSlotInsideTypeof, Opcodes.LdaLookupGlobalSlotInsideTypeof -> acc = DirectEval.load(
                    runtime, frame.context, (String) bytecode.constant(u(code, p)), true);
            case Opcodes.StaLookupSlot -> DirectEval.store(runtime, frame.context,
                    (String) bytecode.constant(u(code, p)), acc, u(code, p + 1) != 0);

            // ---- with statements ----
            case Opcodes.ToObject -> frame.set(s(code, p), dev.kindling.runtime.builtins.Builtins.toObject(realm, acc));
            case Opcodes.CreateWithContext -> {
                Scope scope = (Scope) bytecode.constant(u(code, p + 1));
                acc = new Context(frame.context, scope, scope.contextSlotCount(), (JSObject) frame.get(s(code, p)));
            }
            case Opcodes.CallRuntimeForPair -> {
                if (RuntimeFunction.fromId(u(code, p)) != RuntimeFunction.LoadLookupSlotForCall) {
                    throw new IllegalStateException("CallRuntimeForPair of " + RuntimeFunction.fromId(u(code, p))
                            + ": LoadLookupSlotForCall is the one runtime function returning a pair");
                }
                Object[] pair = DirectEval.loadForCall(runtime, frame.context,
                        (String) frame.get(s(code, p + 1)));
                int out = s(code, p + 3);
                regs[out] = pair[0];
                regs[out + 1] = pair[1];
            }

            // ---- runtime calls ----
            case Opcodes.CallRuntime -> {
                acc = runtime.callRuntime(RuntimeFunction.fromId(u(code, p)),
                        arguments(frame, s(code, p + 1), 0, u(code, p + 2)));
            }
            case Opcodes.InvokeIntrinsic -> acc = AsyncFunctions.invoke(this, frame,
                    dev.kindling.bytecode.Intrinsic.fromId(u(code, p)), arguments(frame, s(code, p + 1), 0, u(code, p + 2)));

            // ---- for-in and iteration ----
            case Opcodes.ForInEnumerate -> acc = ForIn.enumerate(frame.get(s(code, p)));
            case Opcodes.ForInPrepare -> {
                int triple = s(code, p);
                ForIn.Keys keys = (ForIn.Keys) acc;
                regs[triple] = keys;
                regs[triple + 1] = keys;
                regs[triple + 2] = keys.length();
            }
            case Opcodes.ForInContinue -> acc = (Integer) frame.get(s(code, p))
                    < (Integer) frame.get(s(code, p + 1));
            case Opcodes.ForInNext -> acc = ForIn.next(frame.get(s(code, p)),
                    (Integer) frame.get(s(code, p + 1)),
                    (ForIn.Keys) frame.get(s(code, p + 2)));
            case Opcodes.ForInStep -> {
                int r = s(code, p);
                regs[r] = (Integer) regs[r] + 1;
            }
            case Opcodes.GetIterator -> acc = runtime.getIterator(frame.get(s(code, p)));

            // ---- generators (SwitchOnGeneratorState and SuspendGenerator leave or jump: in run()) ----
            case Opcodes.ResumeGenerator -> acc = ((dev.kindling.runtime.JSGeneratorObject) frame.get(s(code, p))).input();
            case Opcodes.GetGeneratorState -> acc = ((dev.kindling.runtime.JSGeneratorObject) frame.get(s(code, p)))
                    .resumeMode().ordinal();

            // ---- control ----
            case Opcodes.Throw -> {
                throw new JSException(acc);
            }
            case Opcodes.ReThrow -> {
                JSException caught = frame.caught;
                throw caught != null && caught.value(realm) == acc ? caught : new JSException(acc);
            }
            case Opcodes.Debugger -> {
            }

            // ---- classes ----
            case Opcodes.GetSuperConstructor -> frame.set(s(code, p), ClassDefinitions.superConstructor(acc));
            case Opcodes.ThrowIfNotSuperConstructor -> ClassDefinitions.checkSuperConstructor(
                    frame.get(s(code, p)), frame.function);
            case Opcodes.ThrowSuperNotCalledIfHole -> ClassDefinitions.throwSuperNotCalledIfHole(acc);
            case Opcodes.ThrowSuperAlreadyCalledIfNotHole -> ClassDefinitions.throwSuperAlreadyCalledIfNotHole(acc);
            case Opcodes.GetNamedPropertyFromSuper -> acc = ClassDefinitions.loadFromSuper(frame.get(s(code, p)),
                    acc, (String) bytecode.constant(u(code, p + 1)));
            case Opcodes.ConstructWithSpread -> {
                acc = runtime.construct(frame, recordCall(feedback, u(code, p + 3),
                        frame.get(s(code, p))), runtime.spreadLast(
                        arguments(frame, s(code, p + 1), 0, u(code, p + 2))), acc);
            }
            case Opcodes.Wide, Opcodes.ExtraWide -> throw new IllegalStateException("prefix after prefix at " + start);
            default -> throw new IllegalStateException("not a bytecode: " + op + " at " + start);
        }
        return acc;
    }

    /**
     * An exception at bytecode `offset`: materializes it here (its stack starts at this
     * frame), then finds the innermost handler. With one, restores the handler's context and
     * returns the exception value for acc, with frame.bytecodeOffset set to the handler;
     * without one, rethrows.
     */
    private Object handle(InterpreterFrame frame, int offset, JSException e) {
        frame.bytecodeOffset = offset;
        Object value = materialize(e, frame);
        HandlerTable.Entry handler = frame.bytecode.handlerTable().lookup(offset);
        if (handler == null) {
            throw e;
        }
        frame.context = (Context) frame.register(handler.contextRegister());
        frame.bytecodeOffset = handler.handler();
        frame.caught = e;
        return value;
    }

    /**
     * What every frame an exception passes through does first (handle() for an interpreter
     * frame; an optimized frame must do the same while it is still current): makes a pending
     * exception's value now, so an Error's stack starts at `frame` (with the builtin that
     * raised it above), records `frame`'s position as the throw site if none is yet (the
     * uncaught report's source line), and returns the value.
     */
    public Object materialize(JSException e, JsFrame frame) {
        pendingBuiltinFrame = e.isPending() ? e.builtinFrame() : null;
        Object value;
        try {
            value = e.value(realm);
        } finally {
            pendingBuiltinFrame = null;
        }
        runtime.recordThrowSite(e, frame);
        return value;
    }

    /** Records a call target in the call site's feedback (traced as a CallIC change). */
    Object recordCall(FeedbackVector feedback, int slot, Object callee) {
        if (feedback.call(slot).record(callee) && ics.tracer() != null) {
            traceCall(feedback.call(slot), callee);
        }
        return callee;
    }

    private void traceCall(dev.kindling.ic.CallFeedback site, Object callee) {
        ics.tracer().stateChanged("CallIC", site.state() == dev.kindling.ic.IcState.MONOMORPHIC
                ? dev.kindling.ic.IcState.UNINITIALIZED : dev.kindling.ic.IcState.MONOMORPHIC, site.state(), null,
                callee instanceof JSFunction fn && !fn.debugName().isEmpty() ? fn.debugName() : "(anonymous)");
    }

    /** An argument list of the `count` registers from register-file index `first` + `skip` (a decoded RegList). */
    static Object[] arguments(InterpreterFrame frame, int first, int skip, int count) {
        if (count <= 0) {
            return JSFunction.NO_ARGS;
        }
        Object[] args = new Object[count];
        System.arraycopy(frame.registers, first + skip, args, 0, count);
        return args;
    }

    /**
     * Resumes a frame (e.g. a copy made at a stop) as the current frame until it returns, or,
     * with a `stopOffset` of 0 or more, until it first reaches that offset (STOPPED). The stop
     * is a break patched into a copy of the frame's code at that offset, as V8's debugger
     * patches DebugBreak bytecodes into a copy of the bytecode array, so the loop tests
     * nothing for it on every bytecode; reaching it puts the frame back on its own code.
     */
    public Object resume(InterpreterFrame frame, int stopOffset) {
        pushFrame(frame);
        try {
            if (stopOffset < 0) {
                frame.code = frame.bytecode.decodedForExecution();
                return runToEnd(frame);
            }
            frame.code = frame.bytecode.decodedWithBreakAt(stopOffset);
            Object result = run(frame);
            while (result == ON_STACK_REPLACEMENT) { // no OSR while waiting for a stop: it would pass it
                result = run(frame);
            }
            return result;
        } finally {
            popFrame(frame);
        }
    }

    /**
     * Runs a frame made from values (InterpreterFrame.rebuild: the deoptimizer's way back into
     * the interpreter) as the current frame, from its bytecode offset to the function's end;
     * returns what the function returns or throws its JSException, as a call would. Its caller
     * must be the current frame; it counts towards the depth limit. Neither the invocation
     * count nor the entry's tiering check is repeated: the function was entered already.
     */
    public Object runFrame(InterpreterFrame frame) {
        return resume(frame, -1);
    }

    /**
     * Starts a call but stops when it first reaches `stopOffset`; returns the stopped frame, or
     * null if the function returned without reaching it (for tests of frame state).
     */
    public InterpreterFrame callUntil(JSClosure function, Object receiver, Object[] args, int stopOffset) {
        return callUntil(function, receiver, args, null, stopOffset);
    }

    /** callUntil of a `new` call with this new.target (the receiver already made). */
    public InterpreterFrame callUntil(JSClosure function, Object receiver, Object[] args, JSObject newTarget,
                                     int stopOffset) {
        BytecodeArray bytecode = function.shared().bytecode();
        InterpreterFrame frame = new InterpreterFrame(function, bytecode, receiver, args, newTarget, current);
        return resume(frame, stopOffset) == STOPPED ? frame : null;
    }

    // ---- operand decoding ----------------------------------------------------------------------

    /**
     * Operand k of the instruction whose operands start at `p` is at p + k: the loop reads the
     * code decoded once (BytecodeArray.decodedForExecution), where the instruction's operands
     * sit in consecutive slots after its instruction word, already read at the instruction's
     * scale, signed or unsigned as the bytecode table says, and registers as register-file
     * indexes. u and s say which kind the case expects, as the table declares it.
     */
    static int u(int[] code, int p) {
        return code[p];
    }

    /** A signed operand (registers, Imm); see u. */
    static int s(int[] code, int p) {
        return code[p];
    }
}

/*
 * The deoptimizer (DESIGN.md stage 7; V8's src/deoptimizer/): where optimized code goes when a
 * check fails. A deopt exit of the generated code boxes the live values of its FrameState into
 * a register file and calls deoptimize() with the exit's id; the deoptimizer
 *   1. records the deopt (the function's FeedbackVector counts it; the code is marked, so the
 *      next call runs the interpreter and the TieringManager evicts it — V8 throws away code
 *      that deopts eagerly, too),
 *   2. prints the --trace-deopt lines (V8's `[bailout (kind: deopt-eager, reason: ...)]`, and
 *      Kindling's own line in plain words under it),
 *   3. rebuilds the InterpreterFrame at the exit's bytecode offset from the boxed values (dead
 *      registers become undefined: the interpreter writes them before it reads them; the
 *      receiver is always the frame's, since stack traces read it), in place
 *      of the optimized frame, and runs it to the end of the function with Interpreter.runFrame.
 * Its result is what the optimized code returns. No JVM exception is involved: a JS exception
 * the interpreter throws on from there propagates as from any call.
 *
 * The interpreter runs the bytecode that failed again, and its inline caches and hints
 * record the new value, so the next compile follows the new feedback; the site is also marked
 * in the FeedbackVector (recordDeoptAt), so where the feedback stays the same the next compile
 * makes the generic operation there instead of the same bet (V8 marks the feedback too).
 *
 * OSR code compiled for an inner loop leaves at the back edge of a loop around it
 * (OSREarlyExit): no deopt at all but the way out it was made with, so nothing is counted or
 * marked, and the state goes back into the interpreter frame the code replaced (OsrExit).
 * continueAtHandler is the other way out of optimized code: a JS exception in a try range.
 * Also the counter of --deopt-every-n-times (stressTick): one per engine, not static.
 */
package dev.kindling.backend.deopt;

import dev.kindling.optimizer.ir.DeoptReason;
import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.frontend.ast.Source;
import dev.kindling.interpreter.Context;
import dev.kindling.interpreter.FeedbackVector;
import dev.kindling.interpreter.Interpreter;
import dev.kindling.interpreter.InterpreterFrame;
import dev.kindling.interpreter.JSClosure;
import dev.kindling.interpreter.JsFrame;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;

import java.io.PrintStream;
import java.util.List;

public final class Deoptimizer {
    /** Where --trace-deopt writes, or null. */
    private final PrintStream trace;
    /** --deopt-every-n-times=N: every N-th check deopts; 0 for never. */
    private final int deoptEveryNTimes;
    private int stressCounter;
    private int deoptCount;

    public Deoptimizer(PrintStream trace, int deoptEveryNTimes) {
        this.trace = trace;
        this.deoptEveryNTimes = deoptEveryNTimes;
    }

    public boolean stressMode() {
        return deoptEveryNTimes > 0;
    }

    /** Counts one check; true every N-th time. */
    boolean stressTick() {
        if (deoptEveryNTimes <= 0) {
            return false;
        }
        if (++stressCounter >= deoptEveryNTimes) {
            stressCounter = 0;
            return true;
        }
        return false;
    }

    /** How many deopts this engine has done (tests, the suite's report). */
    public int deoptCount() {
        return deoptCount;
    }

    Object deoptimize(CompiledFunction code, Interpreter interpreter, OptimizedFrame frame, Object[] args,
                      DeoptExit exit, Object[] registers, Object accumulator, Object context, Object failed,
                      Object[] callerValues) {
        if (exit.reason() == DeoptReason.OSREarlyExit) {
            return osrEarlyExit(frame, exit, registers, accumulator, context);
        }
        deoptCount++;
        JSClosure function = frame.function();
        JSClosure innermost = exit.isInlined() ? exit.function() : function;
        function.feedbackVector().recordDeopt();
        if (exit.reason() != DeoptReason.ForTesting && exit.reason() != DeoptReason.Unknown) {
            // a lazy deopt (Unknown) is no failed bet of its site: the site's feedback stays trusted
            innermost.feedbackVector().recordDeoptAt(exit.bytecodeOffset());
        }
        code.markForDeoptimization();
        if (trace != null) {
            trace(function, exit, failed);
        }
        fillDead(exit::isLive, registers);
        if (!exit.isInlined()) {
            keepReceiver(exit, registers, frame);
        }
        // The frames the code pushed for its inlined callees go; the interpreter frames take
        // their place, and the optimized frame's, while they run.
        while (interpreter.currentFrame() != frame) {
            interpreter.popFrame(interpreter.currentFrame());
        }
        interpreter.popFrame(frame);
        try {
            if (!exit.isInlined()) {
                return interpreter.runFrame(InterpreterFrame.rebuild(function, exit.bytecodeOffset(), registers,
                        accumulator == null ? Oddball.UNDEFINED : accumulator, (Context) context,
                        function.shared().bytecode().readsArgumentList() ? args : null, frame.newTarget(),
                        frame.caller()));
            }
            return resumeInlined(interpreter, frame, args, exit, registers, accumulator, (Context) context,
                    callerValues);
        } finally {
            interpreter.pushFrame(frame);
        }
    }

    /**
     * OSR code's early exit (OsrExit): traced as a bailout, but neither counted nor marking the
     * code, which did nothing wrong; the state goes back to the interpreter frame it replaced.
     */
    private Object osrEarlyExit(OptimizedFrame frame, DeoptExit exit, Object[] registers, Object accumulator,
                                Object context) {
        if (trace != null) {
            trace(frame.function(), exit, null);
        }
        fillDead(exit::isLive, registers);
        keepReceiver(exit, registers, frame);
        return new OsrExit(exit.bytecodeOffset(), registers, accumulator == null ? Oddball.UNDEFINED : accumulator,
                (Context) context);
    }

    /**
     * A deopt inside inlined callees: the caller frames are rebuilt outermost first, each at its
     * call (so a stack trace made while the callee runs shows them as if nothing had been
     * inlined), then the innermost frame runs to its end; its result is the accumulator each
     * caller resumes with after its call, innermost first, until the compiled function's own
     * frame returns what the optimized code returns. `callerValues` holds, per caller, its
     * register file and its context.
     */
    private Object resumeInlined(Interpreter interpreter, OptimizedFrame frame, Object[] args, DeoptExit exit,
                                 Object[] registers, Object accumulator, Context context, Object[] callerValues) {
        List<DeoptExit.CallerFrame> callers = exit.callers();
        InterpreterFrame[] placeholders = new InterpreterFrame[callers.size()];
        int pushed = 0;
        Object result;
        try {
            JsFrame caller = frame.caller();
            for (int i = callers.size() - 1; i >= 0; i--) {
                DeoptExit.CallerFrame c = callers.get(i);
                fillDead(c::isLive, (Object[]) callerValues[2 * i]);
                placeholders[i] = callerFrame(callers, i, c.callOffset(), Oddball.UNDEFINED, frame, args,
                        callerValues, caller);
                interpreter.pushFrame(placeholders[i]);
                pushed++;
                caller = placeholders[i];
            }
            // The innermost callee, a construct frame when its call is a `new`.
            boolean construct = callers.get(0).construct();
            result = interpreter.runFrame(InterpreterFrame.rebuild(exit.function(), exit.bytecodeOffset(), registers,
                    accumulator == null ? Oddball.UNDEFINED : accumulator, context, null,
                    construct ? exit.function() : null, caller));
            Object calleeReceiver = registers[0];
            for (int i = 0; i < callers.size(); i++) {
                DeoptExit.CallerFrame c = callers.get(i);
                if (c.construct() && !(result instanceof JSObject)) {
                    result = calleeReceiver; // [[Construct]]: the body's object result, else the receiver
                }
                interpreter.popFrame(placeholders[i]);
                pushed--;
                result = interpreter.runFrame(callerFrame(callers, i, c.resumeOffset(), result, frame, args,
                        callerValues, placeholders[i].caller()));
                calleeReceiver = ((Object[]) callerValues[2 * i])[0];
            }
            return result;
        } catch (JSException e) {
            // What the interpreter's handle() does in each frame an exception passes through (no
            // inlined call is inside a try range, so none of these catches it).
            for (int i = callers.size() - pushed; i < callers.size(); i++) {
                interpreter.materialize(e, placeholders[i]);
            }
            throw e;
        } finally {
            for (int i = callers.size() - pushed; i < callers.size(); i++) {
                interpreter.popFrame(placeholders[i]);
            }
        }
    }

    /**
     * Caller frame `i` of an inlined deopt at `offset` with `acc`; the last is the compiled
     * function's own. An inlined caller is a construct frame when its own call (caller i + 1's)
     * is a `new`.
     */
    private static InterpreterFrame callerFrame(List<DeoptExit.CallerFrame> callers, int i, int offset, Object acc,
                                                OptimizedFrame frame, Object[] args, Object[] callerValues,
                                                JsFrame caller) {
        DeoptExit.CallerFrame c = callers.get(i);
        Object[] registers = (Object[]) callerValues[2 * i];
        Context context = (Context) callerValues[2 * i + 1];
        if (c.function() == null) {
            JSClosure function = frame.function();
            if (!c.isLive(0)) {
                registers[0] = frame.receiver();
            }
            return InterpreterFrame.rebuild(function, offset, registers, acc, context,
                    function.shared().bytecode().readsArgumentList() ? args : null, frame.newTarget(), caller);
        }
        boolean construct = i + 1 < callers.size() && callers.get(i + 1).construct();
        return InterpreterFrame.rebuild(c.function(), offset, registers, acc, context, null,
                construct ? c.function() : null, caller);
    }

    /**
     * A JS exception thrown by optimized code inside a try range: what the interpreter's handle()
     * does, from the optimized frame's state before the throwing bytecode — the exception is
     * materialized in this frame (its stack and throw site start here), the handler's context is
     * restored from its context register, the accumulator gets the exception's value, and the
     * interpreter runs the handler and the rest of the function. The code stays valid: an
     * exception is no failed bet, so nothing is counted or traced as a deopt.
     */
    Object continueAtHandler(CompiledFunction code, Interpreter interpreter, OptimizedFrame frame, Object[] args,
                             DeoptExit exit, Object[] registers, Context context, JSException exception) {
        Object value = interpreter.materialize(exception, frame);
        JSClosure function = frame.function();
        BytecodeArray bytecode = function.shared().bytecode();
        dev.kindling.bytecode.HandlerTable.Entry handler = bytecode.handlerTable().lookup(exit.bytecodeOffset());
        fillDead(exit::isLive, registers);
        keepReceiver(exit, registers, frame);
        int contextIndex = bytecode.registerIndex(handler.contextRegister());
        Context handlerContext = contextIndex >= 0 ? (Context) registers[contextIndex] : context;
        InterpreterFrame resumed = InterpreterFrame.rebuild(function, handler.handler(), registers, value,
                handlerContext, bytecode.readsArgumentList() ? args : null, frame.newTarget(), frame.caller());
        resumed.setCaughtException(exception);
        interpreter.popFrame(frame);
        try {
            return interpreter.runFrame(resumed);
        } finally {
            interpreter.pushFrame(frame);
        }
    }

    /**
     * <this> stays the frame's receiver where the code no longer reads it: stack traces name a
     * frame by it ("at Object.validate"). Where it is live, its value is the state's (a derived
     * constructor binds `this` after super() returns).
     */
    private static void keepReceiver(DeoptExit exit, Object[] registers, OptimizedFrame frame) {
        if (!exit.isLive(0)) {
            registers[0] = frame.receiver();
        }
    }

    /** Dead registers get undefined: the interpreter writes them before it reads them. */
    private static void fillDead(java.util.function.IntPredicate live, Object[] registers) {
        for (int i = 0; i < registers.length; i++) {
            if (!live.test(i)) {
                registers[i] = Oddball.UNDEFINED;
            }
        }
    }

    /** --trace-deopt's line for code whose dependency broke (V8's DependentCode::MarkCodeForDeoptimization). */
    void traceMarking(CompiledFunction code, dev.kindling.runtime.LazyDeoptimizeReason reason) {
        if (trace != null) {
            String n = code.shared().name();
            trace.println("[marking dependent code " + (n == null || n.isEmpty() ? "<anonymous>" : n)
                    + " for deoptimization, reason: " + reason.v8Name() + "]");
        }
    }

    private void trace(JSClosure function, DeoptExit exit, Object failed) {
        String name = name(function);
        JSClosure innermost = exit.isInlined() ? exit.function() : function;
        boolean lazy = exit.reason() == DeoptReason.Unknown;
        trace.println("[bailout (kind: " + (lazy ? "deopt-lazy" : "deopt-eager") + ", reason: "
                + exit.reason().v8Name() + "): begin. deoptimizing "
                + name + ", bytecode offset " + exit.bytecodeOffset() + ", deopt exit " + exit.id() + "]");
        if (lazy) {
            // the exit's offset is the bytecode after the one that called: name the call
            trace.println("  a dependency of the code broke while it ran " + exit.operation() + " at "
                    + position(innermost, exit.callOffset()) + "; the interpreter continues after it");
        } else {
            trace.println("  " + exit.operation() + " at " + position(innermost, exit.bytecodeOffset()) + " expected "
                    + exit.reason().expectation() + (exit.feedback().isEmpty() ? "" : " (feedback: "
                    + exit.feedback() + ")") + ", got " + describe(exit.reason(), failed));
        }
        if (exit.isInlined()) {
            // V8's --trace-deopt-verbose lists the translated frames; ours, one line per frame
            // the deopt rebuilds, innermost first, each with where it resumes.
            trace.println("  rebuilding " + (exit.callers().size() + 1) + " interpreter frames, innermost first:");
            trace.println("    " + name(innermost) + " (inlined) at " + position(innermost, exit.bytecodeOffset()));
            for (DeoptExit.CallerFrame c : exit.callers()) {
                JSClosure f = c.function() == null ? function : c.function();
                trace.println("    " + name(f) + (c.function() == null ? "" : " (inlined)") + " after the "
                        + (c.construct() ? "new" : "call") + " at "
                        + position(f, c.callOffset()) + ", resuming at bytecode offset " + c.resumeOffset());
            }
        }
    }

    static String name(JSClosure function) {
        String n = function.shared().name();
        return n == null || n.isEmpty() ? "<anonymous>" : n;
    }

    /** `file.js:L:C` of a bytecode offset. */
    public static String position(JSClosure function, int bytecodeOffset) {
        Source source = function.shared().script().source();
        int pos = Math.max(0, function.shared().bytecode().sourcePositions().sourcePositionAt(bytecodeOffset));
        String file = source.fileName();
        int slash = file.lastIndexOf('/');
        return file.substring(slash + 1) + ":" + source.line(pos) + ":" + source.column(pos);
    }

    private static String describe(DeoptReason reason, Object failed) {
        switch (reason) {
            case ForTesting:
                return "a forced deopt";
            case OSREarlyExit:
                return "the back edge of a loop around it (the interpreter takes it)";
            case Overflow:
            case MinusZero:
            case DivisionByZero:
            case LostPrecision:
            case LostPrecisionOrNaN:
                // a conversion names the value it could not convert; an operation, no value
                return failed != null ? describeValue(failed) : "a result that is no int32 (" + reason.v8Name() + ")";
            case InsufficientTypeFeedbackForCall:
            case InsufficientTypeFeedbackForBinaryOperation:
            case InsufficientTypeFeedbackForCompareOperation:
            case InsufficientTypeFeedbackForGenericNamedAccess:
            case InsufficientTypeFeedbackForGenericKeyedAccess:
                return "there first (no feedback)";
            default:
                return describeValue(failed);
        }
    }

    /** A value in plain words: `the string "a"`, `the number 1.5`, `undefined`, `an object (Point)`. */
    static String describeValue(Object v) {
        if (v instanceof String s) {
            // at most 40 characters, on one line: the trace names the value, it does not print it
            String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
            return "the string \"" + shown.replace("\n", "\\n") + "\"";
        }
        if (v instanceof Integer i) {
            return "the small integer " + i;
        }
        if (v instanceof Double d) {
            return "the number " + dev.kindling.runtime.NumberToString.toString(d);
        }
        if (v instanceof Boolean b) {
            return String.valueOf(b);
        }
        if (v instanceof Oddball) {
            return String.valueOf(v);
        }
        if (v instanceof dev.kindling.runtime.JSFunction f) {
            return "the function " + (f.debugName().isEmpty() ? "<anonymous>" : f.debugName());
        }
        if (v instanceof JSObject o) {
            return "an object (" + o.className() + ", Shape#" + o.shape().id() + ")";
        }
        return String.valueOf(v);
    }
}

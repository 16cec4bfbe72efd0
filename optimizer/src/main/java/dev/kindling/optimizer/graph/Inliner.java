/*
 * Inlining of calls (V8's Maglev: MaglevGraphBuilder::TryBuildInlinedCall; the decision is
 * InliningHeuristics'): one per compilation, asked by the graph builder at every call whose
 * feedback names one target (the builder has already guarded it with CheckValue, "wrong call
 * target"). When the heuristics agree and the callee builds on its own (a trial build, so a
 * callee the tier cannot compile is refused before anything is added to the caller's graph),
 * a child GraphBuilder builds the callee's bytecode, with its own feedback, into the caller's
 * graph (GraphBuilder.buildInlined): the receiver and the arguments become its parameters,
 * missing ones undefined; a sloppy-mode callee called with an undefined receiver gets the
 * global object, as a call would give it (Interpreter's receiver adjustment).
 *
 * Builtins that hot code calls become IR instead (BuiltinReducers.java).
 *
 * --trace-turbo-inlining prints each decision, with V8's flag name and Kindling's words:
 *   Inlining inc into twice at call.js:4:38 (9 bytes, depth 1, 9 of 920 bytes used)
 *   not inlining big into main at prog.js:9:3: too big (612 bytes)
 *   Reducing Math.sqrt in norm at nbody.js:30:12 to Float64Sqrt
 *
 * Guarantees: tryInline returns null, having added nothing, or the call's result (whose node
 * is null when the callee never returns, the caller's path then ended).
 */
package dev.kindling.optimizer.graph;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.frontend.ast.Source;
import dev.kindling.ic.CallFeedback;
import dev.kindling.ic.IcState;
import dev.kindling.interpreter.JSClosure;
import dev.kindling.optimizer.ir.Constant;
import dev.kindling.optimizer.ir.Node;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class Inliner {
    /** An inlined call: its result (null if the callee never returns). */
    record Result(Node value) {}

    private final InliningHeuristics heuristics;
    /** Where --trace-turbo-inlining writes, or null. */
    private final PrintStream trace;
    /** Bytecode inlined so far into this compilation (the cumulative budget). */
    private int used;
    private int inlinedCalls;
    /** Each callee's trial build: null if it built, else why not. */
    private final Map<SharedFunctionInfo, String> trials = new HashMap<>();

    public Inliner(InliningHeuristics heuristics, PrintStream trace) {
        this.heuristics = heuristics;
        this.trace = trace;
    }

    /** How many calls this compilation inlined. */
    public int inlinedCalls() {
        return inlinedCalls;
    }

    Result tryInline(GraphBuilder builder, Bytecode op, CallFeedback site, Node receiver, List<Node> arguments) {
        if (site.state() != IcState.MONOMORPHIC || site.target() == null) {
            return null;
        }
        Object target = site.target();
        if (op == Bytecode.Construct) {
            return null;
        }
        BuiltinReducers.Reduced builtin = BuiltinReducers.recognize(target);
        if (builtin != null) {
            Node value = BuiltinReducers.tryReduce(builder, builtin, receiver, arguments);
            if (trace != null) {
                trace.println((value != null ? "Reducing " : "not reducing ") + builtin.displayName() + " in "
                        + name(builder.shared()) + " at " + position(builder)
                        + (value != null ? " to " + value.opcode()
                        : arguments.size() != builtin.arity ? ": called with " + arguments.size() + " arguments"
                        : ": its code deoptimized here before"));
            }
            if (value != null) {
                return new Result(value);
            }
        }
        JSClosure callee = decide(builder, site, target, op == Bytecode.CallAnyReceiver, false);
        if (callee == null) {
            return null;
        }
        Node thisValue = receiver;
        if (!callee.shared().isStrict() && receiver instanceof Constant c && Oddball.isNullish(c.value())) {
            thisValue = builder.constant(callee.realm().global());
        } else if (!callee.shared().isStrict() && !(receiver instanceof Constant c && c.value() instanceof JSObject)) {
            // a sloppy callee boxes a primitive receiver (JSClosure.receiverFor)
            thisValue = builder.add(new dev.kindling.optimizer.ir.HelperCall(
                    dev.kindling.optimizer.ir.Opcode.ConvertReceiver, callee, 0, builder.tagged(receiver)));
        }
        return new Result(new GraphBuilder(builder, callee).buildInlined(thisValue, arguments, false));
    }

    /**
     * `new F(...arguments)` whose feedback pins F, a base constructor (V8's JSInliner inlines
     * constructors the same way): the receiver is allocated here (FastNewObject, with
     * F.prototype as JSClosure.construct gives it), the body is built with it as `this`, and the
     * result is the receiver (the heuristics only take bodies that return nothing).
     */
    Result tryInlineConstruct(GraphBuilder builder, CallFeedback site, List<Node> arguments) {
        if (site.state() != IcState.MONOMORPHIC || site.target() == null) {
            return null;
        }
        JSClosure callee = decide(builder, site, site.target(), false, true);
        if (callee == null) {
            return null;
        }
        Node receiver = builder.add(new dev.kindling.optimizer.ir.HelperCall(
                dev.kindling.optimizer.ir.Opcode.FastNewObject, callee, 0));
        return new Result(new GraphBuilder(builder, callee).buildInlined(receiver, arguments, true));
    }

    /** The callee to inline, after the heuristics and the trial build agreed (traced), or null. */
    private JSClosure decide(GraphBuilder builder, CallFeedback site, Object target, boolean anyReceiver,
                             boolean construct) {
        String why = heuristics.refusal(builder, site, target, anyReceiver, construct, used);
        if (why == null) {
            why = trial((JSClosure) target);
        }
        if (why != null) {
            if (trace != null) {
                trace.println("not inlining " + (construct ? "new " : "") + name(target) + " into "
                        + name(builder.shared()) + " at " + position(builder) + ": " + why);
            }
            return null;
        }
        JSClosure callee = (JSClosure) target;
        int size = callee.shared().bytecode().length();
        used += size;
        inlinedCalls++;
        if (trace != null) {
            trace.println("Inlining " + (construct ? "new " : "") + name(callee.shared()) + " into "
                    + name(builder.shared()) + " at " + position(builder) + " (" + size + " bytes, depth "
                    + (builder.depth() + 1) + ", " + used + " of "
                    + InliningHeuristics.MAX_INLINED_BYTECODE_SIZE_CUMULATIVE + " bytes used)");
        }
        return callee;
    }

    /** Builds `callee` alone, inlining nothing: null if the tier can build it, else why not. */
    private String trial(JSClosure callee) {
        return trials.computeIfAbsent(callee.shared(), shared -> {
            try {
                new GraphBuilder(shared, callee.feedbackVector()).build();
                return null;
            } catch (CompilationAborted e) {
                return "cannot be optimized (" + e.getMessage() + ")";
            }
        });
    }

    private static String name(Object function) {
        return function instanceof JSClosure c ? name(c.shared())
                : function instanceof dev.kindling.runtime.JSFunction f ? (f.debugName().isEmpty() ? "<anonymous>"
                : f.debugName()) : String.valueOf(function);
    }

    private static String name(SharedFunctionInfo shared) {
        return shared.name() == null || shared.name().isEmpty() ? "<anonymous>" : shared.name();
    }

    /** `file.js:L:C` of the builder's current bytecode. */
    private static String position(GraphBuilder builder) {
        Source source = builder.shared().script().source();
        int pos = Math.max(0, builder.bytecode().sourcePositions().sourcePositionAt(builder.iterator().offset()));
        String file = source.fileName();
        return file.substring(file.lastIndexOf('/') + 1) + ":" + source.line(pos) + ":" + source.column(pos);
    }
}

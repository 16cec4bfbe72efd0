/*
 * The graph builder (Maglev's MaglevGraphBuilder): one forward walk over a function's bytecode
 * with its feedback, interpreting the interpreter frame abstractly — each register, the
 * accumulator and the context holds the SSA node of its current value (AbstractFrame) — and
 * appending to the current block the nodes each bytecode stands for.
 *
 * Control flow. The prepass (BytecodeLiveness) gives the blocks, the loops and what is live
 * where. Blocks are made for every block start up front, in bytecode order. A forward jump
 * records its frame as a pending predecessor state of its target; when the walk reaches a
 * block, every forward predecessor has been walked already (bytecode is laid out so), and the
 * states are merged: a register whose value differs between predecessors gets a Phi. At a
 * loop header the phis are made up front, when the walk first arrives, for the registers live
 * at the header and assigned in the loop (and for the context); the JumpLoop adds their
 * back-edge inputs. Merged values are tagged in the predecessor (phis start Tagged;
 * RepresentationSelection untags them later).
 *
 * Speculation. Feedback turns operations into checked ones (Speculation.java has the
 * operator bytecodes): SignedSmall → int32 operations with overflow checks, Number → float64,
 * a monomorphic call target → CheckValue and, for a closure, CallKnownJSFunction. A site the
 * interpreter never ran has no feedback and becomes an unconditional Deopt ("Insufficient type
 * feedback for ..."), as in V8; everything else is a generic node calling what the interpreter
 * calls.
 *
 * On-stack replacement: given an OsrEntry, the graph is of OSR code, entered at a loop header
 * with the interpreter frame's values there (OsrPrologue.java); the walk is the same, but the
 * back edge of a loop around the OSR loop (whose header comes before it, never walked) leaves
 * for the interpreter at that JumpLoop (DeoptReason.OSREarlyExit).
 *
 * FrameStates: every check carries the frame before its bytecode (live values only), so a
 * failure re-runs that bytecode in the interpreter.
 *
 * Exceptions: a node that may throw inside a try range carries the state before its bytecode;
 * if it throws, the interpreter continues at the range's handler from that state (the
 * handlers themselves are not compiled: they are reached only by exceptions, so their blocks
 * have no predecessor here). A finally's token dispatch (SwitchOnSmiNoFeedback) is a Switch.
 *
 * Inlining (Maglev's TryBuildInlinedCall; Inliner.java decides): a call whose target feedback
 * pinned is built, when the heuristics agree, by a child GraphBuilder over the callee's own
 * bytecode and feedback, into the same graph: its blocks are inserted after the call's block,
 * its abstract frame starts with the receiver and arguments in its parameters (undefined for
 * the missing ones), its Returns jump to a continuation block where a phi joins the results,
 * and its FrameStates have the caller's state after the call as their outer state.
 *
 * Assumes: bytecode from BytecodeArrayBuilder; no sloppy-mode arguments object (whose elements
 * alias the parameters' registers, which are SSA values here); no generator function (whose
 * frame outlives each activation: SuspendGenerator leaves it for the generator object to
 * resume, and only an interpreter frame can be kept so; V8's optimizing tiers compile them
 * with machinery of their own to save and restore the frame, Kindling leaves them to the
 * interpreter); no `with` statement (CreateWithContext: V8 does not optimize its lookups on
 * an object either). All are refused up front, with the reason, before the first bytecode is
 * built; so is an OSR entry into either, and inlining either (the Inliner reports it).
 * Guarantees: the Graph's invariants (Graph.java) or CompilationAborted with the reason,
 * naming the bytecode that stopped it.
 */
package dev.kindling.optimizer.graph;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.BytecodeIterator;
import dev.kindling.bytecode.Register;
import dev.kindling.bytecode.RuntimeFunction;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.bytecode.analysis.BytecodeLiveness;
import dev.kindling.bytecode.analysis.LivenessState;
import dev.kindling.ic.CallFeedback;
import dev.kindling.ic.IcState;
import dev.kindling.interpreter.FeedbackVector;
import dev.kindling.interpreter.JSClosure;
import dev.kindling.optimizer.ir.BasicBlock;
import dev.kindling.optimizer.ir.CallNode;
import dev.kindling.optimizer.ir.CheckValue;
import dev.kindling.optimizer.ir.Constant;
import dev.kindling.optimizer.ir.DeoptReason;
import dev.kindling.optimizer.ir.ControlNode;
import dev.kindling.optimizer.ir.Conversion;
import dev.kindling.optimizer.ir.EntryValue;
import dev.kindling.optimizer.ir.FieldAccess;
import dev.kindling.optimizer.ir.FrameState;
import dev.kindling.optimizer.ir.Graph;
import dev.kindling.optimizer.ir.HelperCall;
import dev.kindling.optimizer.ir.Node;
import dev.kindling.optimizer.ir.Opcode;
import dev.kindling.optimizer.ir.Phi;
import dev.kindling.optimizer.ir.RuntimeAccess;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Representation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class GraphBuilder {
    private final SharedFunctionInfo shared;
    private final BytecodeArray bytecode;
    private final FeedbackVector feedback;
    private final BytecodeLiveness liveness;
    private final Graph graph;
    private final Speculation speculation;
    /** Decides and builds inlined calls; null when nothing is inlined (a trial build, --no-turbo-inlining). */
    private final Inliner inliner;
    /** For an inlined callee's builder: the caller's builder, else null. */
    private final GraphBuilder caller;
    /** For an inlined callee's builder: its closure (pinned by a CheckValue), else null. */
    private final dev.kindling.interpreter.JSClosure inlinedClosure;
    /** For an inlined callee's builder: the caller's state after the call (its FrameStates' outer). */
    private FrameState callerState;
    /** For an inlined callee's builder: the frame it pushes; its nodes name it (Node.inlinedFrame). */
    private Node enter;
    /** For an inlined callee's builder: where its Returns jump, and the values they return. */
    private BasicBlock continuation;
    private final List<Node> returns = new ArrayList<>();
    /** The block made for each block-start offset. */
    private final Map<Integer, BasicBlock> blocks = new HashMap<>();
    /** Forward predecessors' frames of each block not yet reached, in predecessor order. */
    private final Map<BasicBlock, List<AbstractFrame>> pending = new HashMap<>();
    /** Each loop header's phis, by register-file index (-1 the accumulator, -2 the context). */
    private final Map<BasicBlock, Map<Integer, Phi>> loopPhis = new HashMap<>();

    /** The running closure's node, made in the entry block when a bytecode first reads <closure>. */
    private Node closure;
    /** The block being filled, or null after a control node until the next reachable block. */
    private BasicBlock current;
    private AbstractFrame frame;
    private BytecodeIterator it;

    /** For OSR code: the loop it enters at and the frame's values there (OsrPrologue); null otherwise. */
    private final OsrEntry osr;

    /** A builder that inlines nothing. */
    public GraphBuilder(SharedFunctionInfo shared, FeedbackVector feedback) {
        this(shared, feedback, null, null);
    }

    /**
     * A builder whose calls `inliner` may inline (null: none), of OSR code entered at `osr`'s
     * loop header (null: of code entered at the function's start).
     */
    public GraphBuilder(SharedFunctionInfo shared, FeedbackVector feedback, OsrEntry osr, Inliner inliner) {
        this.osr = osr;
        this.shared = shared;
        this.bytecode = shared.bytecode();
        this.feedback = feedback;
        this.liveness = BytecodeLiveness.analyze(bytecode);
        this.graph = new Graph(shared);
        this.speculation = new Speculation(this);
        this.inliner = inliner;
        this.caller = null;
        this.inlinedClosure = null;
    }

    /** The builder of `callee`'s body inlined into `caller`'s graph. */
    GraphBuilder(GraphBuilder caller, dev.kindling.interpreter.JSClosure callee) {
        this.shared = callee.shared();
        this.bytecode = shared.bytecode();
        this.feedback = callee.feedbackVector();
        this.liveness = BytecodeLiveness.analyze(bytecode);
        this.graph = caller.graph;
        this.speculation = new Speculation(this);
        this.inliner = caller.inliner;
        this.caller = caller;
        this.inlinedClosure = callee;
        this.osr = null;
    }

    /** Builds the graph, or throws CompilationAborted naming what stopped it. */
    public Graph build() {
        if (shared.isAsyncGenerator()) {
            throw new CompilationAborted("an async generator function (its frame is suspended at each await and"
                    + " yield and resumed, which only an interpreter frame can be) is not optimized");
        }
        if (shared.isGenerator()) {
            throw new CompilationAborted("a generator function (its frame is suspended and resumed, which only"
                    + " an interpreter frame can be) is not optimized");
        }
        if (shared.isAsyncFunction()) {
            throw new CompilationAborted("an async function (its frame is suspended at each await and resumed by a"
                    + " microtask, which only an interpreter frame can be) is not optimized");
        }
        if (callsEvalDirectly()) {
            throw new CompilationAborted("a function that may call eval directly (CallRuntime [ResolvePossiblyDirectEval]:"
                    + " eval code can read and assign its variables) is not optimized");
        }
        if (has(Bytecode.CreateWithContext)) {
            throw new CompilationAborted("a function with a with statement (CreateWithContext: its names are looked up"
                    + " on an object at run time) is not optimized");
        }
        if (usesMappedArguments()) {
            throw new CompilationAborted("a sloppy-mode arguments object (CreateMappedArguments: its elements alias the"
                    + " parameters) is not optimized");
        }
        // The entry block holds the values that exist before any bytecode; when a loop starts at
        // offset 0 its header is a block of its own, which the entry falls into.
        BasicBlock entry = graph.newBlock(0, false);
        for (BytecodeLiveness.Block b : liveness.blocks()) {
            if (b.start() != 0 || liveness.isLoopHeader(0)) {
                blocks.put(b.start(), graph.newBlock(b.start(), liveness.isLoopHeader(b.start())));
            }
        }
        blocks.putIfAbsent(0, entry);
        current = entry;
        frame = new AbstractFrame(bytecode.parameterCount() + bytecode.registerCount());
        if (osr != null) {
            enterAtLoop(entry);
        } else {
            enterAtStart(entry);
        }

        for (it = new BytecodeIterator(bytecode); !it.done(); it.advance()) {
            int offset = it.offset();
            if (blocks.containsKey(offset) && blocks.get(offset) != entry) {
                startBlock(blocks.get(offset));
            }
            if (current == null) {
                continue; // unreachable bytecode (after a return or an unconditional deopt)
            }
            visitWithLazyDeoptPoint(it.bytecode());
        }
        java.util.Set<BasicBlock> built = new java.util.HashSet<>();
        for (BasicBlock b : graph.blocks()) {
            if (b.control() != null) {
                built.add(b);
            }
        }
        graph.retainBlocks(built); // blocks of unreachable bytecode were never started
        if (!graph.dependencies().isEmpty()) {
            // Code that assumes nothing unchecked has nothing to notice after a call.
            for (PendingPoint p : lazyDeoptPoints) {
                if (built.contains(p.block())) {
                    graph.insert(p.block(), p.anchor() == null ? 0 : p.block().nodes().indexOf(p.anchor()) + 1,
                            p.point());
                }
            }
        }
        return graph;
    }

    /** The values before the first bytecode: the receiver and parameters as passed, undefined elsewhere. */
    private void enterAtStart(BasicBlock entry) {
        for (int i = 0; i < bytecode.parameterCount(); i++) {
            frame.registers[i] = graph.append(entry, EntryValue.parameter(i));
        }
        Node undefined = graph.append(entry, Constant.tagged(Oddball.UNDEFINED));
        for (int i = bytecode.parameterCount(); i < frame.registers.length; i++) {
            frame.registers[i] = undefined;
        }
        frame.accumulator = undefined;
        frame.context = graph.append(entry, EntryValue.functionContext());
        if (shared.newTargetRegister() != 0) {
            frame.registers[bytecode.registerIndex(shared.newTargetRegister())] = graph.append(entry,
                    EntryValue.newTarget());
        }
    }

    /**
     * OSR code's entry (OsrPrologue): the interpreter frame's values at the loop header, then a
     * Jump to the header; the bytecode before it is never reached.
     */
    private void enterAtLoop(BasicBlock entry) {
        if (!liveness.isLoopHeader(osr.loopHeader())) {
            throw new IllegalArgumentException("@" + osr.loopHeader() + " is no loop header");
        }
        AbstractFrame fallIn = OsrPrologue.build(graph, entry, bytecode, liveness.liveIn(osr.loopHeader()),
                liveness.loop(osr.loopHeader()), osr, frame);
        BasicBlock header = blockAt(osr.loopHeader());
        pending.computeIfAbsent(header, k -> new ArrayList<>()).add(fallIn);
        graph.setControl(entry, ControlNode.jump(header));
        current = null;
    }

    /**
     * Builds the callee's body (this builder's) into the caller's current block: `receiver` and
     * `arguments` are the call's (already adjusted for a sloppy-mode callee); returns the call's
     * result, with the caller's current block the continuation, or null if no path returns (the
     * caller's path then ends).
     */
    Node buildInlined(Node receiver, List<Node> arguments, boolean construct) {
        BasicBlock callBlock = caller.current;
        callerState = caller.frameStateAfterCall();
        if (construct) {
            callerState.afterConstruct();
        }
        enter = caller.add(dev.kindling.optimizer.ir.InlinedFrame.enter(inlinedClosure, receiver, construct));
        int at = graph.blocks().indexOf(callBlock) + 1;
        for (BytecodeLiveness.Block b : liveness.blocks()) {
            if (b.start() != 0 || liveness.isLoopHeader(0)) {
                blocks.put(b.start(), graph.newBlock(at++, b.start(), liveness.isLoopHeader(b.start())));
            }
        }
        continuation = graph.newBlock(at, caller.it.nextOffset(), false);
        blocks.putIfAbsent(0, callBlock);
        current = callBlock;
        frame = new AbstractFrame(bytecode.parameterCount() + bytecode.registerCount());
        frame.registers[0] = receiver;
        Node undefined = constant(Oddball.UNDEFINED);
        for (int i = 1; i < frame.registers.length; i++) {
            frame.registers[i] = i < bytecode.parameterCount() && i - 1 < arguments.size() ? arguments.get(i - 1)
                    : undefined;
        }
        frame.accumulator = undefined;
        frame.context = constant(inlinedClosure.context());
        for (it = new BytecodeIterator(bytecode); !it.done(); it.advance()) {
            int offset = it.offset();
            if (blocks.containsKey(offset) && blocks.get(offset) != callBlock) {
                startBlock(blocks.get(offset));
            }
            if (current == null) {
                continue;
            }
            visitWithLazyDeoptPoint(it.bytecode());
        }
        if (returns.isEmpty()) {
            caller.current = null;
            return null;
        }
        caller.current = continuation;
        Node result = returns.get(0);
        if (construct) {
            result = receiver; // every return of the body is `return undefined` (InliningHeuristics)
        } else if (returns.size() > 1) {
            Phi phi = graph.addPhi(continuation, new Phi(-1));
            for (Node r : returns) {
                phi.addMergeInput(r);
            }
            result = phi;
        }
        caller.add(dev.kindling.optimizer.ir.InlinedFrame.leave((dev.kindling.optimizer.ir.InlinedFrame) enter));
        return result;
    }

    /**
     * The caller's state at an inlined call (the callee's states' outer): the registers live
     * after the call, no accumulator (it is the call's result), resuming after the call.
     */
    private FrameState frameStateAfterCall() {
        LivenessState live = liveness.liveOut(it.offset());
        Node[] regs = new Node[frame.registers.length];
        for (int r = 0; r < regs.length; r++) {
            regs[r] = keeps(live, r) ? frame.registers[r] : null;
        }
        return new FrameState(it.offset(), regs, null, frame.context, callerState, inlinedClosure, true);
    }

    /**
     * Whether register-file slot `r` is kept where `live` holds: the live registers, and for an
     * inlined callee its receiver too, which names its rebuilt frame in stack traces.
     */
    private boolean keeps(LivenessState live, int r) {
        return live.isRegisterLive(r) || (r == 0 && caller != null);
    }

    /** Whether this builds an inlined callee's body. */
    boolean isInlined() {
        return caller != null;
    }

    /** How many inlined calls deep this builder is (0: the compiled function). */
    int depth() {
        return caller == null ? 0 : 1 + caller.depth();
    }

    /** Whether `callee` is this function or one of the callers it is inlined into. */
    boolean inlines(SharedFunctionInfo callee) {
        return callee == shared || (caller != null && caller.inlines(callee));
    }

    /** The compiled function's builder (the outermost). */
    GraphBuilder outermost() {
        return caller == null ? this : caller.outermost();
    }

    SharedFunctionInfo shared() {
        return shared;
    }

    BytecodeArray bytecode() {
        return bytecode;
    }

    /** A possibly-direct eval call (CallGenerator): V8 does not optimize its scope away either. */
    private boolean callsEvalDirectly() {
        for (BytecodeIterator i = new BytecodeIterator(bytecode); !i.done(); i.advance()) {
            if (i.bytecode() == Bytecode.CallRuntime
                    && i.operand(0) == RuntimeFunction.ResolvePossiblyDirectEval.ordinal()) {
                return true;
            }
        }
        return false;
    }

    private boolean usesMappedArguments() {
        return has(Bytecode.CreateMappedArguments);
    }

    /** True if the function's bytecode contains `op`. */
    private boolean has(Bytecode op) {
        for (BytecodeIterator i = new BytecodeIterator(bytecode); !i.done(); i.advance()) {
            if (i.bytecode() == op) {
                return true;
            }
        }
        return false;
    }

    // ---- blocks and merges ----

    /** Arrives at block `b`: ends the current block by falling through, then merges. */
    private void startBlock(BasicBlock b) {
        if (current != null) {
            goTo(b);
        }
        List<AbstractFrame> states = pending.remove(b);
        if (states == null) {
            current = null; // no forward predecessor: unreachable (a loop header is reached by its fall-in)
            return;
        }
        current = b;
        LivenessState live = liveness.liveIn(b.bytecodeOffset());
        AbstractFrame merged = new AbstractFrame(frame.registers.length);
        Map<Integer, Phi> phis = new HashMap<>();
        BytecodeLiveness.Loop loop = b.isLoopHeader() ? liveness.loop(b.bytecodeOffset()) : null;
        for (int r = 0; r < merged.registers.length; r++) {
            if (!keeps(live, r)) {
                merged.registers[r] = null;
                continue;
            }
            boolean loopPhi = loop != null && loop.assigned().contains(r);
            merged.registers[r] = mergeValue(b, states, r, loopPhi, phis);
        }
        if (live.isAccumulatorLive()) {
            merged.accumulator = mergeValue(b, states, -1, loop != null && loop.assignsAccumulator(), phis);
        }
        merged.context = mergeValue(b, states, -2, loop != null, phis);
        if (loop != null) {
            loopPhis.put(b, phis);
        }
        frame = merged;
    }

    private static Node valueOf(AbstractFrame f, int register) {
        return register == -1 ? f.accumulator : register == -2 ? f.context : f.registers[register];
    }

    /** The merged value of one register: the common value, or a phi of the (tagged) inputs. */
    private Node mergeValue(BasicBlock b, List<AbstractFrame> states, int register, boolean loopPhi,
                            Map<Integer, Phi> phis) {
        Node first = valueOf(states.get(0), register);
        boolean same = true;
        for (AbstractFrame s : states) {
            Node v = valueOf(s, register);
            if (v == null) {
                throw new CompilationAborted("register " + register + " is live at @" + b.bytecodeOffset()
                        + " but undefined on a path to it");
            }
            same &= v == first;
        }
        if (same && !loopPhi) {
            return first;
        }
        Phi phi = graph.addPhi(b, new Phi(register));
        for (int i = 0; i < states.size(); i++) {
            phi.addMergeInput(valueOf(states.get(i), register));
        }
        if (loopPhi) {
            phis.put(register, phi);
        }
        return phi;
    }

    /** Ends the current block with a Jump to `target`, its frame becoming a pending state there. */
    private void goTo(BasicBlock target) {
        addPending(target);
        graph.setControl(current, ControlNode.jump(target));
        current = null;
    }

    /** Records the current frame, tagged, as the state of one more predecessor of `target`. */
    private void addPending(BasicBlock target) {
        AbstractFrame state = frame.copy();
        LivenessState live = liveness.liveIn(target.bytecodeOffset());
        for (int r = 0; r < state.registers.length; r++) {
            state.registers[r] = keeps(live, r) ? tagged(state.registers[r]) : null;
        }
        state.accumulator = live.isAccumulatorLive() ? tagged(state.accumulator) : null;
        pending.computeIfAbsent(target, k -> new ArrayList<>()).add(state);
    }

    private BasicBlock blockAt(int offset) {
        BasicBlock b = blocks.get(offset);
        if (b == null) {
            throw new IllegalStateException("no block at @" + offset);
        }
        return b;
    }

    /** A two-way branch on `condition` (a bit): to `ifTrue` when set, else to `ifFalse`. */
    private void branch(Node condition, int ifTrue, int ifFalse) {
        BasicBlock t = blockAt(ifTrue);
        BasicBlock f = blockAt(ifFalse);
        addPending(t);
        addPending(f);
        graph.setControl(current, ControlNode.branch(condition, t, f));
        current = null;
    }

    /** JumpLoop: the back edge; the header's loop phis get their last input. */
    private void jumpLoop(int header) {
        BasicBlock h = blockAt(header);
        Map<Integer, Phi> phis = loopPhis.get(h);
        if (osr != null && (phis == null || h.predecessors().isEmpty())) {
            // OSR code of an inner loop at the back edge of a loop around it, whose header the walk
            // never reached: back to the interpreter, which takes this JumpLoop (and may enter
            // OSR code of the outer loop there).
            deoptNow(DeoptReason.OSREarlyExit);
            return;
        }
        if (phis == null || h.predecessors().isEmpty()) {
            throw new CompilationAborted("a loop whose header is not reached before its JumpLoop");
        }
        for (Phi phi : h.phis()) {
            Node v = valueOf(frame, phi.register());
            if (v == null) {
                throw new CompilationAborted("register " + phi.register() + " has no value on a loop's back edge");
            }
            phi.addMergeInput(tagged(v));
        }
        graph.setControl(current, ControlNode.jumpLoop(h));
        current = null;
    }

    // ---- helpers the bytecode visitors use ----

    Graph graph() {
        return graph;
    }

    FeedbackVector feedback() {
        return feedback;
    }

    BytecodeIterator iterator() {
        return it;
    }

    AbstractFrame frame() {
        return frame;
    }

    /**
     * Appends `node` (or what it folds to) to the current block, tagged with the bytecode's
     * offset; a node that may throw inside a try range gets the state its handler needs.
     */
    <N extends Node> Node add(N node) {
        Node folded = node.fold();
        if (folded != node && folded.id() >= 0) {
            return folded; // an existing node
        }
        folded.setBytecodeOffset(it == null ? -1 : it.offset());
        if (enter != null) {
            folded.setInlinedFrame(enter);
        }
        if (mayThrow(folded) || mayGeneralizeFields(folded)) {
            calledRuntime = true;
        }
        if (mayThrow(folded) && inTryRange()) {
            folded.setExceptionState(frameStateForHandler());
        }
        return graph.append(current, folded);
    }

    /**
     * Visits one bytecode; if it called into the runtime and falls through to the next, a
     * LazyDeoptPoint follows with the state after it (see LazyDeoptPoint.java).
     */
    private void visitWithLazyDeoptPoint(Bytecode op) {
        calledRuntime = false;
        visit(op);
        if (calledRuntime && current != null && !op.isJump()) {
            LivenessState live = liveness.liveOut(it.offset());
            Node[] regs = new Node[frame.registers.length];
            for (int r = 0; r < regs.length; r++) {
                regs[r] = keeps(live, r) ? frame.registers[r] : null;
            }
            FrameState after = new FrameState(it.nextOffset(), regs,
                    live.isAccumulatorLive() ? frame.accumulator : null, frame.context, callerState, inlinedClosure,
                    false);
            Node point = new dev.kindling.optimizer.ir.LazyDeoptPoint();
            point.setDeopt(after, DeoptReason.Unknown);
            point.setBytecodeOffset(it.offset());
            if (enter != null) {
                point.setInlinedFrame(enter);
            }
            List<Node> nodes = current.nodes();
            outermost().lazyDeoptPoints.add(new PendingPoint(current, nodes.isEmpty() ? null : nodes.get(nodes.size() - 1),
                    point));
        }
    }

    /**
     * A lazy deopt point to place after `anchor` (null: at the block's start) once the graph is
     * built, if the code has dependencies: placed only then, so code without any has neither
     * the nodes nor gaps in its node numbers.
     */
    private record PendingPoint(BasicBlock block, Node anchor, Node point) {}

    /** The outermost builder's: every lazy deopt point of the graph, inlined callees' included. */
    private final List<PendingPoint> lazyDeoptPoints = new ArrayList<>();

    /** Whether the current bytecode has added a node that calls into the runtime. */
    private boolean calledRuntime;

    /** Whether `n` may throw a JS exception: a call into the runtime, or the TDZ check. */
    private static boolean mayThrow(Node n) {
        return n.opcode().effects() == Opcode.Effects.CALL;
    }

    /**
     * Whether `n` stores into objects' fields through the runtime without running JS: a literal's
     * properties (CreateObjectLiteral's boilerplate values, DefineNamedOwnProperty,
     * StaInArrayLiteral). Such a store may generalize a field whose shape other objects share
     * (`{x: "a"}` and an object that gained x = 1 have one shape), so a lazy deopt point follows
     * it as it follows a call. A closure's fields ("length", "name") take values of one kind
     * each, and stores of the code's own are checked to fit (PropertySpeculation.store).
     */
    private static boolean mayGeneralizeFields(Node n) {
        return n.opcode() == Opcode.CreateObjectLiteral || n.opcode() == Opcode.DefineNamedOwnProperty
                || n.opcode() == Opcode.StaInArrayLiteral;
    }

    private boolean inTryRange() {
        return it != null && bytecode.handlerTable().lookup(it.offset()) != null;
    }

    /** Appends a check that deoptimizes to the state before the current bytecode. */
    Node addCheck(Node node, DeoptReason reason) {
        Node folded = node.fold();
        if (folded != node) {
            return folded.id() >= 0 ? folded : add(folded);
        }
        node.setDeopt(frameStateBefore(), reason);
        return add(node);
    }

    /** The frame before the current bytecode, live values only (what an eager deopt resumes with). */
    FrameState frameStateBefore() {
        LivenessState live = liveness.liveIn(it.offset());
        Node[] regs = new Node[frame.registers.length];
        for (int r = 0; r < regs.length; r++) {
            // an inlined callee's receiver stays: the rebuilt frame is named by it in stack traces
            regs[r] = keeps(live, r) ? frame.registers[r] : null;
        }
        return new FrameState(it.offset(), regs, live.isAccumulatorLive() ? frame.accumulator : null,
                frame.context, callerState, inlinedClosure, false);
    }

    /**
     * What the handler of the current bytecode's try range needs if the bytecode throws: the
     * registers live at the handler's entry and its context register, with their values here
     * (the offset stays the throwing bytecode's, which names the handler).
     */
    FrameState frameStateForHandler() {
        dev.kindling.bytecode.HandlerTable.Entry handler = bytecode.handlerTable().lookup(it.offset());
        LivenessState live = liveness.liveIn(handler.handler());
        int contextIndex = bytecode.registerIndex(handler.contextRegister());
        Node[] regs = new Node[frame.registers.length];
        for (int r = 0; r < regs.length; r++) {
            regs[r] = live.isRegisterLive(r) || r == contextIndex ? frame.registers[r] : null;
        }
        return new FrameState(it.offset(), regs, null, frame.context, null);
    }

    /**
     * Whether the current bytecode may be speculated on: no where code deoptimized before
     * (FeedbackVector.deoptedAt) — a site without feedback then gets no unconditional deopt and
     * a property or element access no CheckMaps, but the generic operation, so a function whose
     * feedback keeps inviting the same deopt does not deopt in a loop.
     */
    boolean maySpeculate() {
        return !feedback.deoptedAt(it.offset());
    }


    /** Ends the current path with an unconditional deopt (a site without feedback). */
    void deoptNow(DeoptReason reason) {
        ControlNode d = ControlNode.deopt();
        d.setDeopt(frameStateBefore(), reason);
        d.setBytecodeOffset(it.offset());
        graph.setControl(current, d);
        current = null;
    }

    boolean reachable() {
        return current != null;
    }

    Node tagged(Node value) {
        return switch (value.representation()) {
            case TAGGED -> value;
            case INT32 -> add(new Conversion(Opcode.Int32ToNumber, value));
            case FLOAT64 -> add(new Conversion(Opcode.Float64ToTagged, value));
            case BIT -> add(new Conversion(Opcode.BitToBoolean, value));
            case NONE -> throw new IllegalStateException(value + " has no value");
        };
    }

    Node int32(Node value) {
        if (knownField(value, Representation.SMI)) {
            return add(new Conversion(Opcode.UnsafeSmiUntag, value));
        }
        return switch (value.representation()) {
            case INT32 -> value;
            case FLOAT64 -> addCheck(new Conversion(Opcode.CheckedTruncateFloat64ToInt32, value),
                    DeoptReason.LostPrecisionOrNaN);
            default -> addCheck(new Conversion(Opcode.CheckedSmiUntag, tagged(value)), DeoptReason.NotASmi);
        };
    }

    Node float64(Node value) {
        if (knownField(value, Representation.SMI)) {
            return add(new Conversion(Opcode.ChangeInt32ToFloat64, add(new Conversion(Opcode.UnsafeSmiUntag, value))));
        }
        if (knownField(value, Representation.DOUBLE)) {
            return add(new Conversion(Opcode.UncheckedNumberToFloat64, value));
        }
        return switch (value.representation()) {
            case FLOAT64 -> value;
            case INT32 -> add(new Conversion(Opcode.ChangeInt32ToFloat64, value));
            default -> addCheck(new Conversion(Opcode.CheckedNumberToFloat64, tagged(value)), DeoptReason.NotANumber);
        };
    }

    /**
     * Whether `value` is a field load known to hold `representation` (a Smi, or a number); if so
     * the code now depends on it, since the caller takes the value untagged without a check
     * (V8's FieldRepresentationDependency, taken where the knowledge is used).
     */
    boolean knownField(Node value, Representation representation) {
        if (value instanceof FieldAccess f && f.opcode() == Opcode.LoadTaggedField
                && f.fieldRepresentation() == representation) {
            f.dependOnRepresentation(graph);
            return true;
        }
        return false;
    }

    /** The truthiness of a value as a bit (ToBoolean). */
    Node toBit(Node value) {
        return switch (value.representation()) {
            case BIT -> value;
            case INT32 -> add(new Conversion(Opcode.Int32ToBit, value));
            case FLOAT64 -> add(new Conversion(Opcode.Float64ToBit, value));
            default -> add(new Conversion(Opcode.ToBoolean, value));
        };
    }

    Node constant(Object value) {
        return add(Constant.tagged(value));
    }

    Node register(int operandIndex) {
        int index = it.registerIndex(operandIndex);
        if (index == Register.CONTEXT) {
            return frame.context;
        }
        if (index == Register.CLOSURE) {
            if (inlinedClosure != null) {
                return constant(inlinedClosure);
            }
            if (closure == null) {
                closure = graph.insert(graph.entry(), 0, EntryValue.closure());
            }
            return closure;
        }
        return frame.registers[index];
    }

    void setRegister(int operandIndex, Node value) {
        int index = it.registerIndex(operandIndex);
        if (index == Register.CONTEXT) {
            frame.context = value;
            return;
        }
        if (index < 0) {
            throw new CompilationAborted(it.bytecode() + " writes <closure>");
        }
        frame.registers[index] = value;
    }

    // ---- the bytecodes ----

    private void visit(Bytecode op) {
        if (speculation.visit(op)) {
            return;
        }
        switch (op) {
            case LdaZero -> frame.accumulator = add(Constant.int32(0));
            case LdaSmi -> frame.accumulator = add(Constant.int32(it.operand(0)));
            case LdaUndefined -> frame.accumulator = constant(Oddball.UNDEFINED);
            case LdaNull -> frame.accumulator = constant(Oddball.NULL);
            case LdaTheHole -> frame.accumulator = constant(Oddball.THE_HOLE);
            case LdaTrue -> frame.accumulator = constant(Boolean.TRUE);
            case LdaFalse -> frame.accumulator = constant(Boolean.FALSE);
            case LdaConstant -> frame.accumulator = constant(bytecode.constant(it.operand(0)));
            case Ldar -> frame.accumulator = register(0);
            case Star -> setRegister(0, frame.accumulator);
            case Star0, Star1, Star2, Star3, Star4, Star5, Star6, Star7, Star8, Star9, Star10, Star11, Star12,
                 Star13, Star14, Star15 ->
                    frame.registers[bytecode.registerIndex(Register.local(op.shortStarRegister()))] = frame.accumulator;
            case Mov -> setRegister(1, register(0));

            case LdaGlobal, LdaGlobalInsideTypeof -> frame.accumulator = add(RuntimeAccess.named(Opcode.LoadGlobal,
                    bytecode.constant(it.operand(0)), op == Bytecode.LdaGlobalInsideTypeof));
            case StaGlobal -> add(RuntimeAccess.named(Opcode.StoreGlobal, bytecode.constant(it.operand(0)),
                    shared.isStrict(), tagged(frame.accumulator)));
            case LdaLookupSlot, LdaLookupSlotInsideTypeof, LdaLookupGlobalSlot, LdaLookupGlobalSlotInsideTypeof ->
                    frame.accumulator = add(RuntimeAccess.named(Opcode.LoadLookupSlot, bytecode.constant(it.operand(0)),
                            op == Bytecode.LdaLookupSlotInsideTypeof || op == Bytecode.LdaLookupGlobalSlotInsideTypeof,
                            frame.context));
            case StaLookupSlot -> add(RuntimeAccess.named(Opcode.StoreLookupSlot, bytecode.constant(it.operand(0)),
                    it.operand(1) != 0, frame.context, tagged(frame.accumulator)));

            case PushContext -> {
                setRegister(0, frame.context);
                frame.context = frame.accumulator;
            }
            case PopContext -> frame.context = register(0);
            case LdaContextSlot, LdaImmutableContextSlot -> frame.accumulator = add(RuntimeAccess.contextSlot(
                    Opcode.LoadContextSlot, it.operand(2), it.operand(1), register(0)));
            case LdaCurrentContextSlot, LdaImmutableCurrentContextSlot -> frame.accumulator = add(
                    RuntimeAccess.contextSlot(Opcode.LoadContextSlot, 0, it.operand(0), frame.context));
            case StaContextSlot -> add(RuntimeAccess.contextSlot(Opcode.StoreContextSlot, it.operand(2),
                    it.operand(1), register(0), tagged(frame.accumulator)));
            case StaCurrentContextSlot -> add(RuntimeAccess.contextSlot(Opcode.StoreContextSlot, 0,
                    it.operand(0), frame.context, tagged(frame.accumulator)));

            case Jump -> goTo(blockAt(it.jumpTarget()));
            case JumpIfTrue, JumpIfToBooleanTrue -> branch(toBit(frame.accumulator), it.jumpTarget(), it.nextOffset());
            case JumpIfFalse, JumpIfToBooleanFalse -> branch(toBit(frame.accumulator), it.nextOffset(), it.jumpTarget());
            case JumpIfNull, JumpIfUndefined -> branch(isConstant(op == Bytecode.JumpIfNull ? Oddball.NULL
                    : Oddball.UNDEFINED), it.jumpTarget(), it.nextOffset());
            case JumpIfNotNull, JumpIfNotUndefined -> branch(isConstant(op == Bytecode.JumpIfNotNull ? Oddball.NULL
                    : Oddball.UNDEFINED), it.nextOffset(), it.jumpTarget());
            case JumpLoop -> jumpLoop(it.jumpTarget());
            case Return -> {
                if (caller != null) {
                    returns.add(tagged(frame.accumulator)); // joined in the continuation
                    graph.setControl(current, ControlNode.jump(continuation));
                } else {
                    graph.setControl(current, ControlNode.ret(tagged(frame.accumulator)));
                }
                current = null;
            }
            case CallProperty, CallProperty0, CallProperty1, CallProperty2, CallAnyReceiver,
                 CallUndefinedReceiver, CallUndefinedReceiver0, CallUndefinedReceiver1, CallUndefinedReceiver2 -> call(op);
            case Construct, ConstructWithSpread -> construct(op);
            case GetSuperConstructor -> setRegister(0, add(new HelperCall(Opcode.GetSuperConstructor, null, 0,
                    tagged(frame.accumulator))));
            case ThrowIfNotSuperConstructor -> add(new HelperCall(Opcode.ThrowIfNotSuperConstructor, null, 0,
                    tagged(register(0))));
            case ThrowSuperNotCalledIfHole -> add(new HelperCall(Opcode.ThrowSuperNotCalledIfHole, null, 0,
                    tagged(frame.accumulator)));
            case ThrowSuperAlreadyCalledIfNotHole -> add(new HelperCall(Opcode.ThrowSuperAlreadyCalledIfNotHole, null,
                    0, tagged(frame.accumulator)));
            case JumpIfUndefinedOrNull -> branch(toBit(add(new dev.kindling.optimizer.ir.GenericOperation(
                    Opcode.GenericUnaryOperation, Bytecode.TestUndetectable, tagged(frame.accumulator)))),
                    it.jumpTarget(), it.nextOffset());
            case CreateFunctionContext -> frame.accumulator = add(new HelperCall(Opcode.CreateFunctionContext,
                    bytecode.constant(it.operand(0)), it.operand(1), frame.context));
            case CreateBlockContext -> frame.accumulator = add(new HelperCall(Opcode.CreateBlockContext,
                    bytecode.constant(it.operand(0)), 0, frame.context));
            case CreateClosure -> frame.accumulator = add(new HelperCall(Opcode.CreateClosure,
                    bytecode.constant(it.operand(0)), it.operand(1), frame.context));
            case CreateObjectLiteral -> frame.accumulator = add(new HelperCall(Opcode.CreateObjectLiteral,
                    bytecode.constant(it.operand(0)), 0));
            case CreateArrayLiteral -> frame.accumulator = add(new HelperCall(Opcode.CreateArrayLiteral,
                    bytecode.constant(it.operand(0)), 0));
            // The literal slot and the flags share the immediate: slot << 8 | flags (flags are Flag8).
            case CreateRegExpLiteral -> frame.accumulator = add(new HelperCall(Opcode.CreateRegExpLiteral,
                    bytecode.constant(it.operand(0)), it.operand(1) << 8 | it.operand(2)));
            case CreateEmptyObjectLiteral -> frame.accumulator = add(new HelperCall(Opcode.CreateEmptyObjectLiteral,
                    null, 0));
            case CreateEmptyArrayLiteral -> frame.accumulator = add(new HelperCall(Opcode.CreateEmptyArrayLiteral,
                    null, 0));
            case DefineNamedOwnProperty -> add(new HelperCall(Opcode.DefineNamedOwnProperty,
                    bytecode.constant(it.operand(1)), 0, tagged(register(0)), tagged(frame.accumulator)));
            case StaInArrayLiteral -> add(new HelperCall(Opcode.StaInArrayLiteral, null, 0, tagged(register(0)),
                    tagged(register(1)), tagged(frame.accumulator)));
            case CallRuntime -> {
                RuntimeFunction function = RuntimeFunction.fromId(it.operand(0));
                if (!function.callableFromOptimizedCode()) {
                    throw new CompilationAborted("bytecode CallRuntime [" + function + "] at @" + it.offset()
                            + " is not optimized yet");
                }
                int[] list = it.registerList(1);
                Node[] arguments = new Node[list.length];
                for (int i = 0; i < list.length; i++) {
                    arguments[i] = tagged(frame.registers[list[i]]);
                }
                frame.accumulator = add(new HelperCall(Opcode.CallRuntime, function, 0, arguments));
            }
            case ToString -> frame.accumulator = add(new HelperCall(Opcode.ToString, null, 0,
                    tagged(frame.accumulator)));
            case CreateUnmappedArguments -> frame.accumulator = add(new HelperCall(Opcode.CreateUnmappedArguments,
                    null, 0));
            case CreateRestParameter -> frame.accumulator = add(new HelperCall(Opcode.CreateRestParameter, null,
                    bytecode.parameterCount() - 2));
            case Throw, ReThrow -> {
                // ReThrow rethrows the exception a handler caught; optimized code catches none (a
                // throw in a try range continues in the interpreter's handler), so here it only
                // ever throws the accumulator, as the interpreter's ReThrow does with no caught one.
                ControlNode t = ControlNode.throwValue(tagged(frame.accumulator));
                t.setBytecodeOffset(it.offset());
                if (inTryRange()) {
                    t.setExceptionState(frameStateForHandler());
                }
                graph.setControl(current, t);
                current = null;
            }
            case SwitchOnSmiNoFeedback -> {
                List<BytecodeIterator.JumpTableTarget> targets = it.jumpTableTargets();
                BasicBlock[] cases = new BasicBlock[targets.size()];
                for (int i = 0; i < cases.length; i++) {
                    cases[i] = blockAt(targets.get(i).target());
                }
                BasicBlock next = blockAt(it.nextOffset());
                for (BasicBlock c : cases) {
                    addPending(c);
                }
                addPending(next);
                graph.setControl(current, ControlNode.switchOnSmi(tagged(frame.accumulator),
                        targets.isEmpty() ? 0 : targets.get(0).caseValue(), cases, next));
                current = null;
            }
            case TestReferenceEqual -> frame.accumulator = add(new dev.kindling.optimizer.ir.GenericOperation(
                    Opcode.GenericCompareOperation, op, tagged(register(0)), tagged(frame.accumulator)));
            case ThrowReferenceErrorIfHole -> {
                if (!(frame.accumulator instanceof Constant c && c.value() != Oddball.THE_HOLE)) {
                    add(new HelperCall(Opcode.ThrowReferenceErrorIfHole, bytecode.constant(it.operand(0)), 0,
                            tagged(frame.accumulator)));
                }
            }
            default -> throw new CompilationAborted("bytecode " + op + " at @" + it.offset() + " is not optimized yet");
        }
    }

    /** acc === value for one of the engine's singletons, as a bit. */
    private Node isConstant(Object value) {
        return add(new dev.kindling.optimizer.ir.Compare(Opcode.TaggedEqual, tagged(frame.accumulator),
                constant(value)));
    }

    private void call(Bytecode op) {
        Node callee = register(0);
        List<Node> inputs = new ArrayList<>();
        int slot;
        switch (op) {
            case CallProperty, CallAnyReceiver, CallUndefinedReceiver -> {
                int[] list = it.registerList(1);
                if (op == Bytecode.CallUndefinedReceiver) {
                    inputs.add(constant(Oddball.UNDEFINED));
                }
                for (int index : list) {
                    inputs.add(tagged(frame.registers[index]));
                }
                slot = it.operand(3);
            }
            default -> {
                boolean property = op == Bytecode.CallProperty0 || op == Bytecode.CallProperty1
                        || op == Bytecode.CallProperty2;
                if (!property) {
                    inputs.add(constant(Oddball.UNDEFINED));
                }
                int registers = op.operandCount() - 2; // callee ... slot
                for (int i = 1; i <= registers; i++) {
                    inputs.add(tagged(register(i)));
                }
                slot = it.operand(op.operandCount() - 1);
            }
        }
        if (!checkCallTarget(callee, slot)) {
            return;
        }
        if (inliner != null) {
            Inliner.Result inlined = inliner.tryInline(this, op, feedback.call(slot), inputs.get(0),
                    inputs.subList(1, inputs.size()));
            if (inlined != null) {
                frame.accumulator = inlined.value();
                return;
            }
        }
        inputs.add(0, tagged(callee));
        JSClosure known = knownClosure(slot);
        frame.accumulator = add(known != null ? CallNode.known(known, inputs.toArray(new Node[0]))
                : new CallNode(Opcode.Call, inputs.toArray(new Node[0])));
    }

    /**
     * The closure a monomorphic call site's CheckValue pins, when it can be called directly
     * (CallKnownJSFunction): a function of JS source that is not a class constructor (calling
     * one throws, which the generic call does); else null.
     */
    private JSClosure knownClosure(int slot) {
        CallFeedback f = feedback.call(slot);
        if (f.state() == IcState.MONOMORPHIC && f.target() instanceof JSClosure c && !c.shared().isClassConstructor()) {
            return c;
        }
        return null;
    }

    /** Whether the current bytecode is inside a try range (its exceptions go to a handler). */
    boolean inTryBlock() {
        return inTryRange();
    }

    /** Ends the current path (an inlined callee that never returns: what follows the call is unreachable). */
    void endPath() {
        current = null;
    }

    private void construct(Bytecode op) {
        Node callee = register(0);
        int[] list = it.registerList(1);
        List<Node> inputs = new ArrayList<>();
        inputs.add(tagged(callee));
        inputs.add(tagged(frame.accumulator)); // new.target
        for (int index : list) {
            inputs.add(tagged(frame.registers[index]));
        }
        if (!checkCallTarget(callee, it.operand(3))) {
            return;
        }
        if (inliner != null && op == Bytecode.Construct && frame.accumulator == callee) {
            Inliner.Result inlined = inliner.tryInlineConstruct(this, feedback.call(it.operand(3)),
                    inputs.subList(2, inputs.size()));
            if (inlined != null) {
                frame.accumulator = inlined.value();
                return;
            }
        }
        frame.accumulator = add(new CallNode(op == Bytecode.Construct ? Opcode.Construct : Opcode.ConstructWithSpread,
                inputs.toArray(new Node[0])));
    }

    /**
     * A call site's feedback: none → deopt (returns false: the path ends); one target → a
     * CheckValue pinning it; megamorphic → nothing to check.
     */
    private boolean checkCallTarget(Node callee, int slot) {
        CallFeedback f = feedback.call(slot);
        if (f.state() == IcState.UNINITIALIZED && maySpeculate()) {
            deoptNow(DeoptReason.InsufficientTypeFeedbackForCall);
            return false;
        }
        if (f.state() == IcState.MONOMORPHIC && f.target() != null) {
            addCheck(new CheckValue(tagged(callee), f.target()), DeoptReason.WrongCallTarget);
        }
        return true;
    }

}

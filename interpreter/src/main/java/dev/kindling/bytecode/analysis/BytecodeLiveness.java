/*
 * The prepass of the optimizing tier over a function's bytecode (V8's
 * compiler/bytecode-analysis.cc): its basic blocks and their successors, its loops with the
 * registers each assigns (V8's BytecodeLoopAssignments), and which registers and whether
 * the accumulator are live before (liveIn) and after (liveOut) every instruction. The graph
 * builder makes loop phis up front only for registers live at a header and assigned in its
 * loop, and gives each FrameState only the live values.
 *
 * Assumes: bytecode from BytecodeArrayBuilder (loops are contiguous: a loop is the bytecode
 * from its header to its JumpLoop, as V8 assumes; every JumpLoop goes back to its header).
 * Guarantees, all read from the table through BytecodeIterator, no list of bytecodes here:
 *  - a bytecode reads the registers of its Reg, RegInOut, RegPair and RegList operands and
 *    writes those of RegOut, RegInOut, RegOutPair and RegOutTriple (and Star0..Star15 their
 *    register), the accumulator as its AccumulatorUse says; the exceptions the table
 *    documents (Bytecode's header) need nothing here: <context> and <closure> are always
 *    live (LivenessState);
 *  - control goes to the next bytecode unless the bytecode is an unconditional jump, a
 *    return or a throw; to a jump's target; to every target of a SwitchOnSmiNoFeedback
 *    table (how try/finally dispatches on its token);
 *  - exceptional control: what is live at a handler's entry, but the accumulator (it
 *    receives the exception), and the handler's context register are live before every
 *    bytecode of its try range that may throw (all but those the table calls
 *    isWithoutExternalSideEffects), so throughout the range up to its last such bytecode.
 *    V8 adds them after the bytecode instead; before is where a throwing bytecode leaves
 *    the frame (it writes its outputs only when it completes), so one that writes a
 *    register the handler reads keeps that register's old value live;
 *  - Return, Throw and ReThrow (outside a try range) end liveness: nothing is live after them;
 *  - the analysis is path-insensitive, as V8's: a register that some path reads before any
 *    path writes it is live at offset 0. Parameters and <this> hold the arguments there;
 *    any other register holds undefined (the interpreter fills the file with it), which is
 *    what a graph builder must give one live on entry (tests/liveness/07-for-of: the
 *    finally's exception register, which V8's generator kills on the fall-through path by
 *    storing the token into it too, and Kindling's does not);
 *  - blocks start at offset 0, at jump and switch targets, after a jump, switch, return or
 *    throw, at handler entries, and where try ranges start and end (so every bytecode of a
 *    block has the same handler).
 */
package dev.kindling.bytecode.analysis;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.BytecodeIterator;
import dev.kindling.bytecode.HandlerTable;
import dev.kindling.bytecode.OperandType;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;

public final class BytecodeLiveness {
    /**
     * A loop: its header (the JumpLoop's target), the offset of its JumpLoop, its depth (the
     * JumpLoop's operand: 0 for an outermost loop), the registers some bytecode from the header
     * to the JumpLoop writes (inner loops included), and whether one writes the accumulator.
     */
    public record Loop(int header, int backEdge, int depth, RegisterSet assigned, boolean assignsAccumulator) {}

    /**
     * A basic block [start, end) of bytecode offsets; the starts of the blocks control goes to
     * next (none after a return or a throw); the handler entry its exceptions go to, or -1.
     */
    public record Block(int start, int end, List<Integer> successors, int handler) {
        public Block {
            successors = List.copyOf(successors);
        }
    }

    private final BytecodeArray bytecode;
    /** The accumulator's bit in the working sets, after the register file's. */
    private final int acc;
    /** Each instruction's effect, in order; indexAt maps an offset to its position (else -1). */
    private final List<Effect> effects = new ArrayList<>();
    private final int[] indexAt;
    private final LivenessState[] in;
    private final LivenessState[] out;
    private final TreeMap<Integer, Loop> loops = new TreeMap<>();
    private final TreeMap<Integer, Block> blocks = new TreeMap<>();

    /**
     * What one instruction does to liveness; where control goes from it, and whether that
     * ends its block (a jump, a switch, a return or a throw); the handler an exception from it
     * reaches (null if none, or if it cannot throw).
     */
    private record Effect(int offset, BitSet reads, BitSet writes, int[] successors, boolean endsBlock,
                          HandlerTable.Entry handler) {}

    public static BytecodeLiveness analyze(BytecodeArray bytecode) {
        return new BytecodeLiveness(bytecode);
    }

    private BytecodeLiveness(BytecodeArray bytecode) {
        this.bytecode = bytecode;
        this.acc = bytecode.parameterCount() + bytecode.registerCount();
        this.indexAt = new int[bytecode.length() + 1];
        java.util.Arrays.fill(indexAt, -1);
        for (BytecodeIterator it = new BytecodeIterator(bytecode); !it.done(); it.advance()) {
            indexAt[it.offset()] = effects.size();
            effects.add(effect(bytecode, it, acc));
        }
        in = new LivenessState[effects.size()];
        out = new LivenessState[effects.size()];
        solve();
        findLoops();
        findBlocks();
    }

    /**
     * Backward dataflow to a fixed point: out = the union of the successors' in; in = (out -
     * writes) + reads, plus what the handler needs if the bytecode may throw. Visiting in
     * reverse order converges in a few rounds (one more per loop nesting level).
     */
    private void solve() {
        int n = effects.size();
        BitSet[] liveIn = new BitSet[n];
        BitSet[] liveOut = new BitSet[n];
        for (int i = 0; i < n; i++) {
            liveIn[i] = new BitSet();
            liveOut[i] = new BitSet();
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = n - 1; i >= 0; i--) {
                Effect e = effects.get(i);
                BitSet o = new BitSet();
                for (int s : e.successors()) {
                    o.or(liveIn[indexAt[s]]);
                }
                BitSet inside = (BitSet) o.clone();
                inside.andNot(e.writes());
                inside.or(e.reads());
                if (e.handler() != null) {
                    BitSet fromHandler = (BitSet) liveIn[indexAt[e.handler().handler()]].clone();
                    fromHandler.clear(acc); // the handler receives the exception in acc
                    fromHandler.set(bytecode.registerIndex(e.handler().contextRegister()));
                    inside.or(fromHandler);
                }
                if (!o.equals(liveOut[i]) || !inside.equals(liveIn[i])) {
                    liveOut[i] = o;
                    liveIn[i] = inside;
                    changed = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            in[i] = state(liveIn[i], acc);
            out[i] = state(liveOut[i], acc);
        }
    }

    /** A loop per JumpLoop: the bytecode from its target to it, and what that bytecode writes. */
    private void findLoops() {
        for (BytecodeIterator it = new BytecodeIterator(bytecode); !it.done(); it.advance()) {
            if (it.bytecode() != Bytecode.JumpLoop) {
                continue;
            }
            int header = it.jumpTarget();
            BitSet assigned = new BitSet();
            for (int i = indexAt[header]; i <= indexAt[it.offset()]; i++) {
                assigned.or(effects.get(i).writes());
            }
            boolean assignsAcc = assigned.get(acc);
            assigned.clear(acc);
            loops.put(header, new Loop(header, it.offset(), it.operand(1), new RegisterSet(assigned), assignsAcc));
        }
    }

    /** Cuts the code into blocks where the header says blocks start. */
    private void findBlocks() {
        BitSet starts = new BitSet();
        starts.set(0);
        for (Effect e : effects) {
            if (e.endsBlock()) {
                starts.set(nextOffset(e));
                for (int s : e.successors()) {
                    starts.set(s);
                }
            }
        }
        for (HandlerTable.Entry h : bytecode.handlerTable().entries()) {
            starts.set(h.start());
            starts.set(h.end());
            starts.set(h.handler());
        }
        for (int start = 0; start < bytecode.length(); ) {
            int end = starts.nextSetBit(start + 1);
            end = end < 0 || end > bytecode.length() ? bytecode.length() : end;
            Effect last = effects.get((end == bytecode.length() ? effects.size() : indexAt[end]) - 1);
            HandlerTable.Entry handler = bytecode.handlerTable().lookup(start);
            List<Integer> successors = java.util.Arrays.stream(last.successors()).boxed().toList();
            blocks.put(start, new Block(start, end, successors, handler == null ? -1 : handler.handler()));
            start = end;
        }
    }

    private int nextOffset(Effect e) {
        int i = indexAt[e.offset()] + 1;
        return i < effects.size() ? effects.get(i).offset() : bytecode.length();
    }

    private static LivenessState state(BitSet live, int acc) {
        BitSet registers = (BitSet) live.clone();
        registers.clear(acc);
        return new LivenessState(new RegisterSet(registers), live.get(acc), acc);
    }

    private static Effect effect(BytecodeArray bytecode, BytecodeIterator it, int acc) {
        Bytecode op = it.bytecode();
        BitSet reads = new BitSet();
        BitSet writes = new BitSet();
        for (int i = 0; i < op.operandCount(); i++) {
            OperandType type = op.operandType(i);
            if (!type.readsRegisters() && !type.writesRegisters()) {
                continue;
            }
            for (int r : it.registerRange(i)) {
                if (r < 0) {
                    continue; // <context>, <closure>: always live
                }
                if (type.readsRegisters()) {
                    reads.set(r);
                }
                if (type.writesRegisters()) {
                    writes.set(r);
                }
            }
        }
        if (op.isShortStar()) {
            writes.set(bytecode.parameterCount() + op.shortStarRegister());
        }
        if (op.accumulatorUse().reads()) {
            reads.set(acc);
        }
        if (op.accumulatorUse().writes()) {
            writes.set(acc);
        }
        List<Integer> successors = new ArrayList<>();
        if (!op.isUnconditionalExit() && it.nextOffset() < bytecode.length()) {
            successors.add(it.nextOffset());
        }
        if (op.isJump()) {
            successors.add(it.jumpTarget());
        }
        if (op.isSwitch()) {
            for (BytecodeIterator.JumpTableTarget t : it.jumpTableTargets()) {
                if (!successors.contains(t.target())) {
                    successors.add(t.target());
                }
            }
        }
        HandlerTable.Entry handler = op.isWithoutExternalSideEffects() ? null : bytecode.handlerTable().lookup(it.offset());
        return new Effect(it.offset(), reads, writes, successors.stream().mapToInt(Integer::intValue).toArray(),
                op.isJump() || op.isSwitch() || op.isUnconditionalExit(), handler);
    }

    public BytecodeArray bytecode() {
        return bytecode;
    }

    /** The instruction start offsets, in order. */
    public int[] offsets() {
        return effects.stream().mapToInt(Effect::offset).toArray();
    }

    /** What is live right before the instruction at `offset`. */
    public LivenessState liveIn(int offset) {
        return in[index(offset)];
    }

    /** What is live right after the instruction at `offset`. */
    public LivenessState liveOut(int offset) {
        return out[index(offset)];
    }

    private int index(int offset) {
        int i = offset >= 0 && offset < indexAt.length ? indexAt[offset] : -1;
        if (i < 0) {
            throw new IllegalArgumentException("no instruction starts at @" + offset);
        }
        return i;
    }

    /** Whether `offset` is the target of a JumpLoop. */
    public boolean isLoopHeader(int offset) {
        return loops.containsKey(offset);
    }

    /** The loop whose header is at `offset` (isLoopHeader must hold). */
    public Loop loop(int header) {
        Loop loop = loops.get(header);
        if (loop == null) {
            throw new IllegalArgumentException("no loop header at @" + header);
        }
        return loop;
    }

    /** The loops in order of their headers. */
    public List<Loop> loops() {
        return List.copyOf(loops.values());
    }

    public boolean isBlockStart(int offset) {
        return blocks.containsKey(offset);
    }

    /** The block starting at `start` (isBlockStart must hold). */
    public Block block(int start) {
        Block block = blocks.get(start);
        if (block == null) {
            throw new IllegalArgumentException("no block starts at @" + start);
        }
        return block;
    }

    /** The blocks in bytecode order. */
    public List<Block> blocks() {
        return List.copyOf(blocks.values());
    }

    /** The listing of LivenessPrinter: each instruction with what is live around it. */
    public String print() {
        return LivenessPrinter.print(this);
    }
}

/*
 * BytecodeLiveness answers the graph builder's questions, on code made directly with the
 * builder: which registers need a phi at a loop header (live there and assigned in the loop),
 * what a handler keeps alive in its try range (before each bytecode that may throw, not
 * before one that cannot), and that register reads and writes follow the operand types
 * (RegInOut, RegPair included). The listings of whole functions are the goldens in
 * tests/liveness (LivenessGoldenTest).
 */
package dev.kindling.bytecode.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.BytecodeArrayBuilder;
import dev.kindling.bytecode.BytecodeArrayBuilder.Label;
import dev.kindling.bytecode.BytecodeIterator;
import dev.kindling.bytecode.Register;
import org.junit.jupiter.api.Test;

import java.util.List;

class BytecodeLivenessTest {
    private static final int A0 = Register.parameter(0);
    private static final int R0 = Register.local(0);
    private static final int R1 = Register.local(1);
    private static final int R2 = Register.local(2);

    /** The offset of the first `bytecode` in `b`. */
    private static int offsetOf(BytecodeArray b, Bytecode bytecode) {
        for (BytecodeIterator it = new BytecodeIterator(b); !it.done(); it.advance()) {
            if (it.bytecode() == bytecode) {
                return it.offset();
            }
        }
        throw new AssertionError("no " + bytecode);
    }

    @Test
    void aLoopHeaderNeedsPhisForRegistersLiveThereAndAssignedInTheLoop() {
        // r0 = 0; while (r0 < a0) r0 = r0 + 1; return r0
        BytecodeArrayBuilder builder = new BytecodeArrayBuilder();
        Label header = new Label();
        Label exit = new Label();
        builder.emit(Bytecode.LdaZero);
        builder.emit(Bytecode.Star, R0);
        builder.bind(header);
        builder.emit(Bytecode.Ldar, A0);
        builder.emit(Bytecode.TestLessThan, R0, 0);
        builder.emitJump(Bytecode.JumpIfFalse, exit);
        builder.emit(Bytecode.Ldar, R0);
        builder.emit(Bytecode.AddSmi, 1, 1);
        builder.emit(Bytecode.Star, R0);
        builder.emitJumpLoop(header, 0, 2);
        builder.bind(exit);
        builder.emit(Bytecode.Ldar, R0);
        builder.emit(Bytecode.Return);
        BytecodeArray b = builder.build(2, 1);
        BytecodeLiveness liveness = BytecodeLiveness.analyze(b);

        int headerOffset = offsetOf(b, Bytecode.Ldar);
        assertTrue(liveness.isLoopHeader(headerOffset));
        assertFalse(liveness.isLoopHeader(0));
        BytecodeLiveness.Loop loop = liveness.loop(headerOffset);
        assertEquals(offsetOf(b, Bytecode.JumpLoop), loop.backEdge());
        LivenessState atHeader = liveness.liveIn(headerOffset);
        int r0 = b.registerIndex(R0);
        int a0 = b.registerIndex(A0);
        assertTrue(atHeader.isRegisterLive(r0) && loop.assigned().contains(r0), "r0 needs a phi");
        assertTrue(atHeader.isRegisterLive(a0) && !loop.assigned().contains(a0), "a0 is live but never assigned");
        assertFalse(atHeader.isAccumulatorLive());
        assertTrue(loop.assignsAccumulator());

        assertEquals(List.of(0, headerOffset, offsetOf(b, Bytecode.AddSmi) - 2, offsetOf(b, Bytecode.Return) - 2),
                liveness.blocks().stream().map(BytecodeLiveness.Block::start).toList());
        BytecodeLiveness.Block test = liveness.block(headerOffset);
        assertEquals(List.of(test.end(), offsetOf(b, Bytecode.Return) - 2), test.successors());
        assertEquals(List.of(headerOffset), liveness.blocks().get(2).successors());
        assertEquals(List.of(), liveness.blocks().get(3).successors());
        assertFalse(liveness.liveOut(offsetOf(b, Bytecode.Return)).isAccumulatorLive());
    }

    @Test
    void aHandlersRegistersAreLiveBeforeEveryBytecodeOfTheTryRangeThatMayThrow() {
        // try { r0 = 5; a0(); } catch { return r0 } — the handler restores its context from r2.
        BytecodeArrayBuilder builder = new BytecodeArrayBuilder();
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        builder.emit(Bytecode.Mov, Register.CONTEXT, R2);
        builder.bind(start);
        builder.emit(Bytecode.LdaSmi, 5);
        builder.emit(Bytecode.Star, R0);
        builder.emit(Bytecode.CallUndefinedReceiver0, A0, 0);
        builder.emit(Bytecode.Return);
        builder.bind(end);
        builder.markHandlerTarget(handler);
        builder.bind(handler);
        builder.emit(Bytecode.Ldar, R0);
        builder.emit(Bytecode.Return);
        builder.addHandler(start, end, handler, R2, true);
        BytecodeArray b = builder.build(2, 3);
        BytecodeLiveness liveness = BytecodeLiveness.analyze(b);

        int call = offsetOf(b, Bytecode.CallUndefinedReceiver0);
        int lda = offsetOf(b, Bytecode.LdaSmi);
        int r0 = b.registerIndex(R0);
        int r2 = b.registerIndex(R2);
        assertTrue(liveness.liveIn(call).isRegisterLive(r0), "the handler reads r0 if the call throws");
        assertTrue(liveness.liveIn(call).isRegisterLive(r2), "the handler's context register");
        assertFalse(liveness.liveIn(call).isAccumulatorLive(), "the handler gets the exception in acc");
        assertFalse(liveness.liveIn(lda).isRegisterLive(r0), "LdaSmi cannot throw and r0 is written after it");
        assertTrue(liveness.liveIn(lda).isRegisterLive(r2));
        assertEquals(b.handlerTable().entries().get(0).handler(), liveness.block(lda).handler());
        assertEquals(-1, liveness.block(0).handler());
        assertTrue(liveness.liveIn(0).isRegisterLive(b.registerIndex(Register.CONTEXT)), "<context> is always live");
    }

    @Test
    void readsAndWritesFollowTheOperandTypes() {
        // ForInStep r0 reads and writes r0; ForInNext reads the pair r1, r2 (after RegPair).
        BytecodeArrayBuilder builder = new BytecodeArrayBuilder();
        builder.emit(Bytecode.ForInStep, R0);
        builder.emit(Bytecode.ForInNext, A0, R0, R1, 0);
        builder.emit(Bytecode.Return);
        BytecodeArray b = builder.build(2, 3);
        BytecodeLiveness liveness = BytecodeLiveness.analyze(b);
        int next = offsetOf(b, Bytecode.ForInNext);
        assertEquals(List.of(b.registerIndex(A0), b.registerIndex(R0), b.registerIndex(R1), b.registerIndex(R2)),
                java.util.Arrays.stream(liveness.liveIn(next).liveRegisters().indexes()).boxed().toList());
        assertTrue(liveness.liveIn(0).isRegisterLive(b.registerIndex(R0)), "ForInStep reads its RegInOut");
        assertTrue(liveness.liveOut(next).isAccumulatorLive());
        assertFalse(liveness.liveIn(next).isAccumulatorLive(), "ForInNext writes acc without reading it");
        assertThrows(IllegalArgumentException.class, () -> liveness.liveIn(1), "@1 is inside ForInStep");
    }
}

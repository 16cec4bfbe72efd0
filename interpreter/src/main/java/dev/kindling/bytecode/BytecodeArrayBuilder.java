/*
 * Builds a BytecodeArray: the generator emits bytecodes with their operands, binds labels,
 * marks source positions and try ranges; build() lays the code out and encodes it.
 *
 * Layout works on the whole function at once (V8 patches jumps in place instead): every
 * bytecode starts at the smallest operand scale its operands fit, then jumps whose distance
 * does not fit are widened (Wide / ExtraWide prefix) until nothing changes. Scales only grow,
 * so this terminates; the result is the smallest encoding in which every jump reaches.
 *
 * A small peephole keeps the output close to Ignition's register optimizer: `Ldar rX` right
 * after `Star rX`, with no label between them, is dropped — the value is already in acc — and
 * a source position it carried moves to the next bytecode, as V8 moves it.
 *
 * Guarantees: operands are checked against their types' ranges; jump distances are relative
 * to the start of the jumping bytecode including its prefix, as in V8.
 */
package dev.kindling.bytecode;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

public final class BytecodeArrayBuilder {
    /** A position in the code that jumps and handler ranges can refer to before it is known. */
    public static final class Label {
        int node = -1;
        /** Some emitted jump, switch or handler goes here (so code after it is reachable). */
        boolean referenced;

        public boolean isBound() {
            return node >= 0;
        }
    }

    private static final class Instruction {
        final Bytecode bytecode;
        final int[] operands;
        Label target;
        int sourcePosition = -1;
        boolean statement;
        int scale = 1;
        int offset;

        Instruction(Bytecode bytecode, int[] operands) {
            this.bytecode = bytecode;
            this.operands = operands;
        }

        int size() {
            return bytecode.size(scale) + (scale > 1 ? 1 : 0);
        }
    }

    private record HandlerRange(Label start, Label end, Label handler, int contextRegister, boolean caught) {}

    private record JumpTableSlot(Boilerplate.JumpTableEntry entry, Label switchSite, Label target) {}

    private final List<Instruction> code = new ArrayList<>();
    private final List<Object> constants = new ArrayList<>();
    private final List<HandlerRange> handlers = new ArrayList<>();
    private final List<JumpTableSlot> jumpTables = new ArrayList<>();
    private final FeedbackMetadata.Builder feedback = new FeedbackMetadata.Builder();
    private int pendingPosition = -1;
    private boolean pendingStatement;
    /** True when a label was bound after the last instruction (peepholes must not look back). */
    private boolean atBoundary = true;
    /**
     * True after Return, Throw, ReThrow, Jump or JumpLoop until a label some jump refers to is
     * bound: code emitted meanwhile can never run and is dropped, as V8's builder drops it.
     */
    private boolean unreachable;

    // ---- feedback and constants ---------------------------------------------------------------

    public int addFeedbackSlot(FeedbackSlotKind kind) {
        return feedback.addSlot(kind);
    }

    public int addClosureCell() {
        return feedback.addClosureCell();
    }

    /** The constant pool index of `value`, adding it once (strings and numbers are shared). */
    public int constant(Object value) {
        if (value instanceof String || value instanceof Double) {
            for (int i = 0; i < constants.size(); i++) {
                if (value.equals(constants.get(i))) {
                    return i;
                }
            }
        }
        constants.add(value);
        return constants.size() - 1;
    }

    /** A new, unshared constant pool entry. */
    public int addConstant(Object value) {
        constants.add(value);
        return constants.size() - 1;
    }

    // ---- source positions -----------------------------------------------------------------------

    /** The next bytecode emitted gets this statement position (`S>`). */
    public void setStatementPosition(int sourcePosition) {
        pendingPosition = sourcePosition;
        pendingStatement = true;
    }

    /**
     * The next bytecode emitted gets this expression position (`E>`). If a statement position
     * is still waiting, the bytecode keeps the statement mark but takes this more precise
     * offset — what V8 does, so `return o.p` reports a null `o` at `p`, not at `return`.
     */
    public void setExpressionPosition(int sourcePosition) {
        if (pendingPosition >= 0 && pendingStatement) {
            pendingPosition = sourcePosition;
            return;
        }
        pendingPosition = sourcePosition;
        pendingStatement = false;
    }

    /**
     * The statement position waiting for the next bytecode, now taken off it (-1 if none), so a
     * generator can emit bytecodes before the one V8 marks (an async return marks its Return,
     * not the resolve call before it).
     */
    public int takeStatementPosition() {
        if (pendingPosition < 0 || !pendingStatement) {
            return -1;
        }
        int position = pendingPosition;
        pendingPosition = -1;
        return position;
    }

    // ---- emitting -------------------------------------------------------------------------------

    public void emit(Bytecode bytecode, int... operands) {
        if (unreachable) {
            return;
        }
        if (operands.length != bytecode.operandCount()) {
            throw new IllegalArgumentException(bytecode + " takes " + bytecode.operandCount() + " operands");
        }
        if (bytecode == Bytecode.Star && Register.isLocal(operands[0]) && Register.localIndex(operands[0]) < 16) {
            emit(Bytecode.shortStar(Register.localIndex(operands[0])));
            return;
        }
        if (bytecode == Bytecode.Ldar && !atBoundary && isStoreTo(last(), operands[0])) {
            return; // the value is already in acc; a waiting source position goes to the next bytecode
        }
        Instruction ins = new Instruction(bytecode, operands);
        attachPosition(ins);
        code.add(ins);
        atBoundary = false;
        unreachable = bytecode.isUnconditionalExit();
    }

    private Instruction last() {
        return code.isEmpty() ? null : code.get(code.size() - 1);
    }

    private static boolean isStoreTo(Instruction ins, int register) {
        if (ins == null) {
            return false;
        }
        if (ins.bytecode.isShortStar()) {
            return Register.local(ins.bytecode.shortStarRegister()) == register;
        }
        return ins.bytecode == Bytecode.Star && ins.operands[0] == register;
    }

    private void attachPosition(Instruction ins) {
        if (pendingPosition >= 0) {
            ins.sourcePosition = pendingPosition;
            ins.statement = pendingStatement;
            pendingPosition = -1;
        }
    }

    /** A forward jump to `target`; its distance is filled in at layout. */
    public void emitJump(Bytecode jump, Label target) {
        if (!jump.isForwardJump()) {
            throw new IllegalArgumentException(jump + " is not a forward jump");
        }
        if (unreachable) {
            return;
        }
        Instruction ins = new Instruction(jump, new int[1]);
        ins.target = target;
        target.referenced = true;
        attachPosition(ins);
        code.add(ins);
        atBoundary = false;
        unreachable = jump == Bytecode.Jump;
    }

    /** The back edge of a loop whose header is the bound label `header`. */
    public void emitJumpLoop(Label header, int loopDepth, int feedbackSlot) {
        if (unreachable) {
            return;
        }
        Instruction ins = new Instruction(Bytecode.JumpLoop, new int[] {0, loopDepth, feedbackSlot});
        ins.target = header;
        attachPosition(ins);
        code.add(ins);
        atBoundary = false;
        unreachable = true;
    }

    /**
     * SwitchOnSmiNoFeedback over `targets`: acc - caseBase selects targets[i]; anything else
     * falls through. The jump table lives in the constant pool.
     */
    public void emitSwitchOnSmi(List<Label> targets, int caseBase) {
        if (unreachable) {
            return;
        }
        emit(Bytecode.SwitchOnSmiNoFeedback, jumpTable(targets), targets.size(), caseBase);
    }

    /**
     * SwitchOnGeneratorState of the generator in `generator` over `resumePoints`, one per suspend
     * id (labels bound later, as each yield is generated; V8 allocates the table from the
     * function's suspend count the same way).
     */
    public void emitSwitchOnGeneratorState(int generator, List<Label> resumePoints) {
        emit(Bytecode.SwitchOnGeneratorState, generator, jumpTable(resumePoints), resumePoints.size());
    }

    /** A jump table for a switch emitted next: its entries in the constant pool; returns the first index. */
    private int jumpTable(List<Label> targets) {
        Label site = new Label();
        bind(site);
        int first = -1;
        for (Label target : targets) {
            Boilerplate.JumpTableEntry entry = new Boilerplate.JumpTableEntry();
            int index = addConstant(entry);
            if (first < 0) {
                first = index;
            }
            jumpTables.add(new JumpTableSlot(entry, site, target));
            target.referenced = true;
        }
        return first;
    }

    public void bind(Label label) {
        if (label.isBound()) {
            throw new IllegalStateException("label bound twice");
        }
        label.node = code.size();
        atBoundary = true;
        if (label.referenced) {
            unreachable = false;
        }
    }

    /** Marks `label` as an exception handler's entry before it is bound: code there is reachable. */
    public void markHandlerTarget(Label label) {
        label.referenced = true;
    }

    /** True if the last bytecode emitted never falls through (code after it is dead). */
    public boolean lastIsUnconditionalExit() {
        return unreachable;
    }

    /** Registers a try range [start, end) whose exceptions go to `handler`. */
    public void addHandler(Label start, Label end, Label handler, int contextRegister, boolean caught) {
        handlers.add(new HandlerRange(start, end, handler, contextRegister, caught));
    }

    // ---- layout and encoding --------------------------------------------------------------------

    public BytecodeArray build(int parameterCount, int registerCount) {
        for (Instruction ins : code) {
            ins.scale = operandScale(ins);
        }
        boolean changed = true;
        while (changed) {
            assignOffsets();
            changed = false;
            for (Instruction ins : code) {
                if (ins.target == null) {
                    continue;
                }
                int distance = Math.abs(labelOffset(ins.target) - ins.offset);
                int needed = distance <= 0xFF ? 1 : distance <= 0xFFFF ? 2 : 4;
                if (needed > ins.scale) {
                    ins.scale = needed;
                    changed = true;
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<SourcePositionTable.Entry> positions = new ArrayList<>();
        for (Instruction ins : code) {
            if (ins.target != null) {
                ins.operands[0] = Math.abs(labelOffset(ins.target) - ins.offset);
            }
            if (ins.sourcePosition >= 0) {
                positions.add(new SourcePositionTable.Entry(ins.offset, ins.sourcePosition, ins.statement));
            }
            encode(ins, out);
        }
        for (JumpTableSlot slot : jumpTables) {
            slot.entry().distance = labelOffset(slot.target()) - labelOffset(slot.switchSite());
        }
        List<HandlerTable.Entry> table = new ArrayList<>();
        for (HandlerRange h : handlers) {
            table.add(new HandlerTable.Entry(labelOffset(h.start()), labelOffset(h.end()),
                    labelOffset(h.handler()), h.contextRegister(), h.caught()));
        }
        return new BytecodeArray(out.toByteArray(), constants, new HandlerTable(table),
                new SourcePositionTable(positions), parameterCount, registerCount, feedback.build());
    }

    private void assignOffsets() {
        int offset = 0;
        for (Instruction ins : code) {
            ins.offset = offset;
            offset += ins.size();
        }
    }

    private int labelOffset(Label label) {
        if (!label.isBound()) {
            throw new IllegalStateException("unbound label");
        }
        if (label.node >= code.size()) {
            Instruction l = last();
            return l == null ? 0 : l.offset + l.size();
        }
        return code.get(label.node).offset;
    }

    private static int operandScale(Instruction ins) {
        int scale = 1;
        for (int i = 0; i < ins.operands.length; i++) {
            OperandType type = ins.bytecode.operandType(i);
            int value = ins.operands[i];
            if (!type.isScalable()) {
                int max = type == OperandType.RuntimeId ? 0xFFFF : 0xFF;
                if (value < 0 || value > max) {
                    throw new IllegalArgumentException(ins.bytecode + " operand " + i + " out of range: " + value);
                }
                continue;
            }
            int needed;
            if (type.isSigned()) {
                needed = value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE ? 1
                        : value >= Short.MIN_VALUE && value <= Short.MAX_VALUE ? 2 : 4;
            } else {
                if (value < 0) {
                    throw new IllegalArgumentException(ins.bytecode + " operand " + i + " negative: " + value);
                }
                needed = value <= 0xFF ? 1 : value <= 0xFFFF ? 2 : 4;
            }
            scale = Math.max(scale, needed);
        }
        return scale;
    }

    private static void encode(Instruction ins, ByteArrayOutputStream out) {
        if (ins.scale == 2) {
            out.write(Bytecode.Wide.code());
        } else if (ins.scale == 4) {
            out.write(Bytecode.ExtraWide.code());
        }
        out.write(ins.bytecode.code());
        for (int i = 0; i < ins.operands.length; i++) {
            int size = ins.bytecode.operandType(i).size(ins.scale);
            int value = ins.operands[i];
            for (int b = 0; b < size; b++) {
                out.write((value >>> (8 * b)) & 0xFF);
            }
        }
    }
}

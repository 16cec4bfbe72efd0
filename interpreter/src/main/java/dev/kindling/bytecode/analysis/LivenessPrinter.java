/*
 * Prints a BytecodeLiveness for tests and for a student: each instruction as the disassembler
 * writes it, with the registers (and `acc`) live before and after it, in the manner of V8's
 * liveness lines under --trace-maglev-graph-building, e.g.
 *
 *   @    2 : Add a0, [0]   in: a0 acc   out: acc
 *
 * Each block is headed by a line naming it (B0, B1, ... in bytecode order) with its start, its
 * successors (`-> B2, B3`, or `-> exit` after a return or a throw) and the block its
 * exceptions go to; a loop header also shows its JumpLoop, depth and the registers the loop
 * assigns, a handler entry its context register. Registers are named as --print-bytecode
 * names them (<this>, a0, r0), in register-file order.
 */
package dev.kindling.bytecode.analysis;

import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.BytecodeIterator;
import dev.kindling.bytecode.Disassembler;
import dev.kindling.bytecode.HandlerTable;
import dev.kindling.bytecode.Register;

import java.util.ArrayList;
import java.util.List;

final class LivenessPrinter {
    private LivenessPrinter() {
    }

    static String print(BytecodeLiveness liveness) {
        BytecodeArray b = liveness.bytecode();
        List<Integer> blockStarts = liveness.blocks().stream().map(BytecodeLiveness.Block::start).toList();
        List<String> texts = new ArrayList<>();
        List<String> ins = new ArrayList<>();
        for (BytecodeIterator it = new BytecodeIterator(b); !it.done(); it.advance()) {
            texts.add(Disassembler.instructionText(it));
            ins.add(names(b, liveness.liveIn(it.offset())));
        }
        int textWidth = texts.stream().mapToInt(String::length).max().orElse(0);
        int inWidth = ins.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        sb.append("Bytecode liveness (parameter count ").append(b.parameterCount())
                .append(", register count ").append(b.registerCount()).append(")\n");
        int k = 0;
        for (BytecodeIterator it = new BytecodeIterator(b); !it.done(); it.advance(), k++) {
            int offset = it.offset();
            if (liveness.isBlockStart(offset)) {
                sb.append(blockLine(liveness, liveness.block(offset), blockStarts)).append('\n');
            }
            String line = String.format("  @ %4d : %-" + textWidth + "s   in: %-" + inWidth + "s   out: %s",
                    offset, texts.get(k), ins.get(k), names(b, liveness.liveOut(offset)));
            sb.append(line.stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static String blockLine(BytecodeLiveness liveness, BytecodeLiveness.Block block, List<Integer> starts) {
        BytecodeArray b = liveness.bytecode();
        StringBuilder sb = new StringBuilder("B").append(starts.indexOf(block.start())).append(" @ ").append(block.start());
        if (liveness.isLoopHeader(block.start())) {
            BytecodeLiveness.Loop loop = liveness.loop(block.start());
            sb.append(", loop header (JumpLoop @ ").append(loop.backEdge()).append(", depth ").append(loop.depth())
                    .append(", assigns ").append(names(b, loop.assigned(), loop.assignsAccumulator())).append(')');
        }
        for (HandlerTable.Entry h : b.handlerTable().entries()) {
            if (h.handler() == block.start()) {
                sb.append(", handler of @ ").append(h.start()).append("..").append(h.end())
                        .append(" (context ").append(Register.name(h.contextRegister())).append(')');
            }
        }
        List<String> successors = block.successors().stream().map(s -> "B" + starts.indexOf(s)).toList();
        sb.append(" -> ").append(successors.isEmpty() ? "exit" : String.join(", ", successors));
        if (block.handler() >= 0) {
            sb.append(", throws to B").append(starts.indexOf(block.handler()));
        }
        return sb.toString();
    }

    private static String names(BytecodeArray b, LivenessState state) {
        return names(b, state.liveRegisters(), state.isAccumulatorLive());
    }

    private static String names(BytecodeArray b, RegisterSet registers, boolean accumulator) {
        List<String> names = new ArrayList<>();
        for (int index : registers.indexes()) {
            names.add(Register.name(b.registerOperand(index)));
        }
        if (accumulator) {
            names.add("acc");
        }
        return names.isEmpty() ? "-" : String.join(" ", names);
    }
}

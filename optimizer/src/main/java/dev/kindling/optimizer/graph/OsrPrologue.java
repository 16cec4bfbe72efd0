/*
 * The entry of OSR code (V8: MaglevGraphBuilder's OSR prologue, Turbofan's OsrValue nodes): code
 * compiled for a loop header of a function already running in the interpreter, entered with
 * that interpreter frame's state at the header. The entry block takes every register live at
 * the header, the accumulator if live, and the context, as OsrValue nodes, and jumps to the
 * header, whose loop phis get them as their fall-in inputs. The bytecode before the header is
 * never walked (no path of this graph reaches it).
 *
 * Typing. An entry value the loop assigns (so a loop phi merges it) is typed from the value the
 * frame holds when the code is compiled: a small integer is untagged with CheckedSmiUntag and a
 * heap number with CheckedNumberToFloat64, so the phi can be untagged (RepresentationSelection)
 * as it would be had the loop been reached from the function's start; every other value (a
 * string, an object, undefined, a closure's context, and any value the loop only reads, which
 * its uses check where they need to) enters Tagged, unchecked. The code is cached and entered again
 * later from frames that may hold other values, so the checks are real: one that fails
 * deoptimizes to the loop header, and the interpreter runs the loop from there.
 *
 * Assumes: `values` is the frame's state at the header, laid out as InterpreterFrame's register
 * file followed by the accumulator and the context (OsrEntry).
 * Guarantees: the entry block ends in a Jump to the header's block with the pending state of
 * one predecessor; every check in it carries the FrameState of the header.
 */
package dev.kindling.optimizer.graph;

import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.Register;
import dev.kindling.bytecode.analysis.BytecodeLiveness;
import dev.kindling.bytecode.analysis.LivenessState;
import dev.kindling.optimizer.ir.BasicBlock;
import dev.kindling.optimizer.ir.Constant;
import dev.kindling.optimizer.ir.Conversion;
import dev.kindling.optimizer.ir.DeoptReason;
import dev.kindling.optimizer.ir.EntryValue;
import dev.kindling.optimizer.ir.FrameState;
import dev.kindling.optimizer.ir.Graph;
import dev.kindling.optimizer.ir.Node;
import dev.kindling.optimizer.ir.Opcode;
import dev.kindling.runtime.Oddball;

final class OsrPrologue {
    private OsrPrologue() {
    }

    /**
     * Fills `entry` with the OSR values of `osr` and sets `frame` to them (typed as the header
     * comment says); returns the frame state the header's fall-in edge carries, tagged, with the
     * values dead at the header left out.
     */
    static AbstractFrame build(Graph graph, BasicBlock entry, BytecodeArray bytecode, LivenessState live,
                               BytecodeLiveness.Loop loop, OsrEntry osr, AbstractFrame frame) {
        int size = frame.registers.length;
        if (osr.values().length != size + 2) {
            throw new IllegalArgumentException("an OSR entry of " + (size + 2) + " values, not " + osr.values().length);
        }
        Node undefined = graph.append(entry, Constant.tagged(Oddball.UNDEFINED));
        Node[] tagged = new Node[size];
        for (int r = 0; r < size; r++) {
            tagged[r] = live.isRegisterLive(r) ? value(graph, entry, r, Register.name(bytecode.registerOperand(r)))
                    : null;
        }
        Node accumulator = live.isAccumulatorLive() ? value(graph, entry, EntryValue.ACCUMULATOR, "<accumulator>") : null;
        Node context = value(graph, entry, EntryValue.CONTEXT, "<context>");
        FrameState header = new FrameState(osr.loopHeader(), tagged, accumulator, context, null);

        AbstractFrame fallIn = new AbstractFrame(size);
        for (int r = 0; r < size; r++) {
            frame.registers[r] = tagged[r] == null ? undefined
                    : loop.assigned().contains(r) ? typed(graph, entry, tagged[r], osr.values()[r], header) : tagged[r];
            fallIn.registers[r] = tagged[r] == null ? null : retag(graph, entry, frame.registers[r], osr.loopHeader());
        }
        frame.accumulator = accumulator == null ? undefined
                : loop.assignsAccumulator() ? typed(graph, entry, accumulator, osr.values()[size], header) : accumulator;
        fallIn.accumulator = accumulator == null ? null : retag(graph, entry, frame.accumulator, osr.loopHeader());
        frame.context = context;
        fallIn.context = context;
        return fallIn;
    }

    private static Node value(Graph graph, BasicBlock entry, int index, String label) {
        return graph.append(entry, EntryValue.osrValue(index, label));
    }

    /** The entry value untagged as the frame's current value suggests, behind its check; or as it is. */
    private static Node typed(Graph graph, BasicBlock entry, Node value, Object sample, FrameState header) {
        Conversion check;
        DeoptReason reason;
        if (sample instanceof Integer) {
            check = new Conversion(Opcode.CheckedSmiUntag, value);
            reason = DeoptReason.NotASmi;
        } else if (sample instanceof Double) {
            check = new Conversion(Opcode.CheckedNumberToFloat64, value);
            reason = DeoptReason.NotANumber;
        } else {
            return value;
        }
        check.setDeopt(header, reason);
        check.setBytecodeOffset(header.bytecodeOffset());
        return graph.append(entry, check);
    }

    /**
     * The tagged form of an untagged entry value on the edge into the header, made without
     * folding (Int32ToNumber(CheckedSmiUntag(x)) would fold back to x), so that
     * RepresentationSelection sees an int32 or float64 phi input and can untag the loop phi.
     */
    private static Node retag(Graph graph, BasicBlock entry, Node value, int offset) {
        Opcode tagging = switch (value.representation()) {
            case INT32 -> Opcode.Int32ToNumber;
            case FLOAT64 -> Opcode.Float64ToTagged;
            default -> null;
        };
        if (tagging == null) {
            return value;
        }
        Conversion c = new Conversion(tagging, value);
        c.setBytecodeOffset(offset);
        return graph.append(entry, c);
    }
}

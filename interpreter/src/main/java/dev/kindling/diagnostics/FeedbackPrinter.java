/*
 * --print-feedback and the feedback part of %DebugPrint: a function's FeedbackVector as text,
 * modelled on V8's %DebugPrint of a FeedbackVector ("- slot #0 LoadProperty MONOMORPHIC"):
 *
 *     [feedback vector of f (prog.js:3:1), invocations: 2]
 *      - slot #0 LoadProperty MONOMORPHIC x
 *          Shape#14 {x: 0, y: 1}: field 0
 *      - slot #2 BinaryOp SignedSmall
 *      - slot #3 Call MONOMORPHIC target: g, calls: 2
 *      - slot #5 LoadGlobalNotInsideTypeof MONOMORPHIC console (cell)
 *
 * A vector is printed once however many closures share it (see FeedbackCell); when its cell
 * has been handed to more than one closure the header ends in ", closures: many" (V8's
 * many-closures cell), and the invocation count is that of all those closures together.
 *
 * One line per slot — its index (V8's numbering: property, global and call slots take two
 * entries), kind and state (or lattice hint), the property name the site accesses (read from
 * the bytecode, as V8's FeedbackNexus prints it) — then one indented line per shape a property
 * IC holds, with the shape's layout and the handler (Handler.describe). Slot kinds with no
 * feedback object in Kindling (Literal, ForIn, TypeOf, JumpLoop, InstanceOf) print the kind
 * alone.
 *
 * Assumes: only called between runs of the interpreter (at exit, or from %DebugPrint); it
 * reads the feedback objects without changing them. The printer knows the interpreter only
 * through the two interfaces below, which the interpreter's FeedbackCell and JSClosure
 * implement, so the interpreter may call it (dev.kindling.diagnostics sits below
 * dev.kindling.interpreter; see package-info).
 */
package dev.kindling.diagnostics;

import dev.kindling.bytecode.Bytecode;
import dev.kindling.bytecode.BytecodeArray;
import dev.kindling.bytecode.Disassembler;
import dev.kindling.bytecode.FeedbackMetadata;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.frontend.ast.Source;
import dev.kindling.ic.BinaryOperationFeedback;
import dev.kindling.ic.CallFeedback;
import dev.kindling.ic.CompareOperationFeedback;
import dev.kindling.ic.Handler;
import dev.kindling.ic.IcState;
import dev.kindling.ic.PropertyFeedback;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Shape;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class FeedbackPrinter {
    private FeedbackPrinter() {}

    /**
     * What the printer reads of one function's feedback: the interpreter's FeedbackCell, whose
     * vector must exist when it is printed.
     */
    public interface Feedback {
        /** The function the feedback is about. */
        SharedFunctionInfo shared();

        /** The layout of the feedback: its slots, their kinds and entry indices. */
        FeedbackMetadata metadata();

        /** How often the function was called (all closures sharing the feedback together). */
        int invocationCount();

        /** Whether more than one closure shares the feedback (V8's many-closures cell). */
        boolean manyClosures();

        /** The feedback object of entry `index` (an ic.*Feedback, or null for a kind with none). */
        Object entry(int index);
    }

    /** A function made from source (the interpreter's JSClosure): named by its SharedFunctionInfo. */
    public interface SourceFunction {
        SharedFunctionInfo shared();
    }

    /** The report --print-feedback writes at exit: every vector, in the order they were made. */
    public static String print(List<? extends Feedback> cells) {
        StringBuilder sb = new StringBuilder();
        for (Feedback cell : cells) {
            sb.append(print(cell));
        }
        return sb.toString();
    }

    /** The vector of a cell (which must have one): a header line, then one entry per slot. */
    public static String print(Feedback cell) {
        SharedFunctionInfo shared = cell.shared();
        StringBuilder sb = new StringBuilder("[feedback vector of ").append(functionName(shared)).append(" (")
                .append(location(shared)).append("), invocations: ").append(cell.invocationCount());
        if (cell.manyClosures()) {
            sb.append(", closures: many");
        }
        sb.append("]\n");
        Map<Integer, String> names = slotNames(shared.bytecode());
        for (FeedbackMetadata.Slot slot : cell.metadata().slots()) {
            sb.append(" - slot #").append(slot.index()).append(' ').append(slot.kind());
            Object entry = cell.entry(slot.index());
            String name = names.get(slot.index());
            if (entry instanceof PropertyFeedback p) {
                sb.append(' ').append(p.state());
                if (name != null) {
                    sb.append(' ').append(name);
                } else if (p.name() != null) {
                    sb.append(' ').append(p.name());
                }
                if (p.cell() != null) {
                    sb.append(" (cell)");
                }
                if (p.state() == IcState.MEGAMORPHIC && p.cell() == null) {
                    sb.append(" (handlers in the stub cache)");
                }
                sb.append('\n');
                for (int i = 0; i < p.shapeCount(); i++) {
                    sb.append("     ").append(layout(p.shape(i))).append(": ").append(Handler.describe(p.handler(i)))
                            .append('\n');
                }
            } else if (entry instanceof BinaryOperationFeedback b) {
                sb.append(' ').append(b.hint()).append('\n');
            } else if (entry instanceof CompareOperationFeedback c) {
                sb.append(' ').append(c.hint()).append('\n');
            } else if (entry instanceof CallFeedback c) {
                sb.append(' ').append(c.state());
                if (c.state() == IcState.MONOMORPHIC) {
                    sb.append(" target: ").append(targetName(c.target()));
                }
                sb.append(", calls: ").append(c.count()).append('\n');
            } else {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Layouts longer than this (a builtin namespace like console) end in "... (N properties)". */
    private static final int MAX_LAYOUT_PROPERTIES = 6;

    /** "Shape#14 {x: 0, y: 1}": id, then each property's slot, its attributes when not the
     *  default writable/enumerable/configurable ("[W_C]"); "Shape#9 (dictionary)". */
    public static String layout(Shape shape) {
        StringBuilder sb = new StringBuilder("Shape#").append(shape.id());
        if (shape.isDictionary()) {
            return sb.append(" (dictionary)").toString();
        }
        sb.append(" {");
        for (int i = 0; i < shape.propertyCount(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (i == MAX_LAYOUT_PROPERTIES) {
                sb.append("... (").append(shape.propertyCount()).append(" properties)");
                break;
            }
            sb.append(shape.keyAt(i)).append(": ").append(i);
            int attrs = shape.attributesAt(i);
            if (attrs != PropertyAttributes.DEFAULT) {
                sb.append(' ').append(attributes(attrs));
            }
        }
        return sb.append('}').toString();
    }

    /** V8's letters for property attributes: W(ritable) E(numerable) C(onfigurable), A for an accessor. */
    public static String attributes(int attrs) {
        return "[" + (PropertyAttributes.isAccessor(attrs) ? "A" : PropertyAttributes.isWritable(attrs) ? "W" : "_")
                + (PropertyAttributes.isEnumerable(attrs) ? "E" : "_")
                + (PropertyAttributes.isConfigurable(attrs) ? "C" : "_") + "]";
    }

    /** A function as V8's printers name it: its name, `<anonymous>`, or `<top level>` for a script's code. */
    public static String functionName(SharedFunctionInfo shared) {
        if (shared.isTopLevel()) {
            return "<top level>";
        }
        String name = shared.name();
        return name.isEmpty() ? "<anonymous>" : name;
    }

    /** A call target's name: a source function's as functionName, a builtin's `name` property. */
    public static String targetName(JSFunction target) {
        if (target instanceof SourceFunction c) {
            return functionName(c.shared());
        }
        Object name = target.getOwnRaw("name");
        return name instanceof String s && !s.isEmpty() ? s : "<anonymous>";
    }

    /** file:line:column of the function's source (the file's base name, as --trace-ic prints it). */
    public static String location(SharedFunctionInfo shared) {
        Source source = shared.script().source();
        int pos = shared.isTopLevel() ? 0 : shared.literal().pos();
        String file = source.fileName();
        int slash = file.lastIndexOf('/');
        return (slash >= 0 ? file.substring(slash + 1) : file) + ":" + source.line(pos) + ":" + source.column(pos);
    }

    /** The property name of each named-access slot, from the bytecode that uses it. */
    public static Map<Integer, String> slotNames(BytecodeArray b) {
        Map<Integer, String> names = new HashMap<>();
        for (int offset = 0; offset < b.length(); offset += Disassembler.instructionSize(b, offset)) {
            Bytecode op = Bytecode.fromByte(b.byteAt(offset));
            if (op.isPrefix()) {
                op = Bytecode.fromByte(b.byteAt(offset + 1));
            }
            int[] operands = Disassembler.operands(b, offset);
            switch (op) {
                case LdaGlobal, LdaGlobalInsideTypeof, StaGlobal -> names.put(operands[1], constantName(b, operands[0]));
                case GetNamedProperty, SetNamedProperty, DefineNamedOwnProperty ->
                        names.put(operands[2], constantName(b, operands[1]));
                default -> { }
            }
        }
        return names;
    }

    private static String constantName(BytecodeArray b, int index) {
        return String.valueOf(b.constant(index));
    }
}

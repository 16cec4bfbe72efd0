/*
 * The natives a program may call with --allow-natives-syntax (RuntimeFunction entries marked
 * callable from JS): the engine's view of a value, for students and for tests.
 *
 *   %HaveSameMap(a, b)     true when a and b are objects of one Shape (V8's map)
 *   %HasFastProperties(o)  false once o's properties moved to a dictionary
 *   %DebugPrint(x)         prints x as the engine sees it to stdout, returns x
 *   %GetFeedback(f)        f's feedback vector as plain JS data a test can assert on
 *
 * and the tiering natives (V8's src/runtime/runtime-test.cc), which drive and query the
 * TieringManager (see TieringNatives below for each one's exact meaning and the
 * %GetOptimizationStatus bits).
 *
 * Misuse is a TypeError in the program, never a crash: V8 aborts on %HasFastProperties(1) or
 * %OptimizeFunctionOnNextCall(1) ("Check failed: v8_flags.fuzzing"); Kindling throws instead,
 * since its natives are for learning.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.Disassembler;
import dev.kindling.bytecode.FeedbackMetadata;
import dev.kindling.bytecode.RuntimeFunction;
import dev.kindling.diagnostics.FeedbackPrinter;
import dev.kindling.ic.BinaryOperationFeedback;
import dev.kindling.ic.CallFeedback;
import dev.kindling.ic.CompareOperationFeedback;
import dev.kindling.ic.IcState;
import dev.kindling.ic.PropertyFeedback;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.Shape;
import dev.kindling.runtime.builtins.Inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

final class NativesRuntime {
    private final Realm realm;
    private final TieringNatives tiering;

    NativesRuntime(Interpreter interpreter) {
        this.realm = interpreter.realm();
        this.tiering = new TieringNatives(interpreter);
    }

    Object call(RuntimeFunction function, Object[] args) {
        return switch (function) {
            case HaveSameMap -> args[0] instanceof JSObject a && args[1] instanceof JSObject b && a.shape() == b.shape();
            case HasFastProperties -> !object(function, args[0]).isDictionaryMode();
            case DebugPrint -> {
                realm.out().print(debugPrint(args[0]));
                realm.out().flush();
                yield args[0];
            }
            case GetFeedback -> getFeedback(args[0]);
            case PrepareFunctionForOptimization, OptimizeFunctionOnNextCall, DeoptimizeFunction,
                 NeverOptimizeFunction, GetOptimizationStatus, IsBeingInterpreted, ActiveTierIsIgnition,
                 ActiveTierIsKindlingJit, OptimizeOsr -> tiering.call(function, args);
            default -> throw new IllegalStateException("not a native: " + function);
        };
    }

    private static JSObject object(RuntimeFunction function, Object value) {
        if (value instanceof JSObject o) {
            return o;
        }
        throw JSException.typeError("%" + function + ": argument is not an object");
    }

    // ---- %DebugPrint --------------------------------------------------------------------------

    /** V8 starts every %DebugPrint with "DebugPrint: "; a Smi prints exactly as V8 prints it. */
    public String debugPrint(Object x) {
        if (x instanceof Integer i) {
            return "DebugPrint: Smi: 0x" + Integer.toHexString(i) + " (" + i + ")\n";
        }
        if (x instanceof Double d) {
            return "DebugPrint: HeapNumber: " + Inspect.inspect(realm, d) + "\n";
        }
        if (x instanceof String s) {
            return "DebugPrint: String: " + Inspect.inspect(realm, s) + " (length " + s.length() + ")\n";
        }
        if (!(x instanceof JSObject o)) {
            return "DebugPrint: Oddball: " + Inspect.inspect(realm, x) + "\n";
        }
        StringBuilder sb = new StringBuilder("DebugPrint: ");
        if (o instanceof JSClosure c) {
            sb.append("Function ").append(FeedbackPrinter.functionName(c.shared())).append(" (")
                    .append(FeedbackPrinter.location(c.shared())).append(")\n");
        } else if (o instanceof JSFunction f) {
            sb.append("Function ").append(FeedbackPrinter.targetName(f)).append(" (builtin)\n");
        } else {
            sb.append(o.className()).append('\n');
        }
        Shape shape = o.shape();
        sb.append(" - shape: Shape#").append(shape.id()).append(shape.isDictionary() ? " (dictionary)" : " (fast)")
                .append('\n');
        sb.append(" - properties (").append(shape.isDictionary() ? "dictionary" : "in slots").append("):\n");
        if (shape.isDictionary()) {
            for (Map.Entry<Object, Object> e : o.dictionaryView().entrySet()) {
                sb.append("    ").append(e.getKey()).append(' ')
                        .append(FeedbackPrinter.attributes(o.getOwnAttributes(e.getKey()))).append(": ")
                        .append(brief(e.getValue())).append('\n');
            }
        } else {
            for (int i = 0; i < shape.propertyCount(); i++) {
                sb.append("    ").append(shape.keyAt(i)).append(": slot ").append(i).append(' ')
                        .append(shape.representationAt(i).v8Name()).append(' ')
                        .append(FeedbackPrinter.attributes(shape.attributesAt(i))).append(' ')
                        .append(brief(o.slotValue(i))).append('\n');
            }
        }
        if (o instanceof JSArray a) {
            sb.append(" - elements kind: ").append(a.elementsKindName()).append(", length: ").append(a.length())
                    .append('\n');
        }
        JSObject proto = o.getPrototype();
        sb.append(" - prototype: ").append(proto == null ? "null"
                : proto.className() + " Shape#" + proto.shape().id() + intrinsicName(proto)).append('\n');
        if (o instanceof JSClosure c) {
            if (c.hasFeedbackVector()) {
                sb.append(Disassembler.print(c.shared()));
                sb.append(FeedbackPrinter.print(c.feedbackCell()));
            } else {
                sb.append(" - not compiled yet (functions compile on their first call)\n");
            }
        }
        return sb.toString();
    }

    /** " (Point.prototype)" for an object whose own `constructor` is a function, as V8 names maps. */
    private static String intrinsicName(JSObject proto) {
        Object constructor = proto.getOwnRaw("constructor");
        if (constructor instanceof JSFunction f) {
            return " (" + FeedbackPrinter.targetName(f) + ".prototype)";
        }
        return "";
    }

    /** A value in one short line: primitives as inspect prints them, objects by class and shape. */
    private String brief(Object value) {
        if (value instanceof JSFunction f) {
            return "<Function " + FeedbackPrinter.targetName(f) + ">";
        }
        if (value instanceof JSObject o) {
            return "<" + o.className() + " Shape#" + o.shape().id() + ">";
        }
        return Inspect.inspect(realm, value == null ? Oddball.UNDEFINED : value);
    }

    // ---- %GetFeedback -------------------------------------------------------------------------

    /**
     * [{slot, kind, state?, name?, shapes?, hint?, target?, calls?}, ...] in slot order:
     * property ICs give state, the property name (named and global sites; a keyed site once
     * monomorphic on a name) and the ids of the shapes held; binary and
     * compare slots their hint; call slots state, target name (monomorphic) and call count.
     */
    private JSArray getFeedback(Object f) {
        if (!(f instanceof JSClosure closure)) {
            throw JSException.typeError("%GetFeedback: argument is not a function with bytecode");
        }
        FeedbackVector vector = closure.feedbackVector();
        Map<Integer, String> names = FeedbackPrinter.slotNames(closure.shared().bytecode());
        List<Object> slots = new ArrayList<>();
        for (FeedbackMetadata.Slot slot : vector.metadata().slots()) {
            JSObject o = realm.newObject();
            put(o, "slot", slot.index());
            put(o, "kind", slot.kind().name());
            Object entry = vector.get(slot.index());
            if (entry instanceof PropertyFeedback p) {
                put(o, "state", p.state().name());
                Object name = names.containsKey(slot.index()) ? names.get(slot.index()) : p.name();
                if (name != null) {
                    put(o, "name", name);
                }
                Object[] ids = new Object[p.shapeCount()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = p.shape(i).id();
                }
                put(o, "shapes", realm.newArray(ids));
            } else if (entry instanceof BinaryOperationFeedback b) {
                put(o, "hint", b.hint().name());
            } else if (entry instanceof CompareOperationFeedback c) {
                put(o, "hint", c.hint().name());
            } else if (entry instanceof CallFeedback c) {
                put(o, "state", c.state().name());
                if (c.state() == IcState.MONOMORPHIC) {
                    put(o, "target", FeedbackPrinter.targetName(c.target()));
                }
                put(o, "calls", c.count());
            }
            slots.add(o);
        }
        return realm.newArray(slots.toArray());
    }

    private static void put(JSObject o, String key, Object value) {
        o.defineOwnProperty(key, value, PropertyAttributes.DEFAULT);
    }
}

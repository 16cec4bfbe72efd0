/*
 * Builtins that become IR where hot code calls them (V8's MaglevGraphBuilder::TryReduceMathFloor
 * and friends, Turbofan's JSCallReducer): a call whose feedback pins one of these builtins is,
 * after its CheckValue, no call at all but the operation itself on float64 values, so
 * `Math.sqrt(dx * dx + dy * dy)` stays in double registers from end to end.
 *
 *   Math.floor, Math.ceil   Float64RoundDown, Float64RoundUp (an int32 argument is its own result)
 *   Math.sqrt, Math.abs     Float64Sqrt, Float64Abs
 *   Math.max, Math.min      Float64Max, Float64Min, of exactly two arguments
 *   Array.prototype.push    ArrayPush of one value, Array.prototype.pop ArrayPop: in place on
 *                           an array that allows it, else a deopt before anything is done
 *   String.prototype.charCodeAt   CheckString of the receiver, StringCharCodeAt of an int32 index
 *
 * An argument is speculated to be a number (CheckedNumberToFloat64, "not a Number"), which the
 * builtin would convert with ToNumber: where it is not, the code deopts and the interpreter
 * calls the builtin. Java's Math.floor/ceil/sqrt/abs/max/min have JS's semantics for NaN,
 * infinities and minus zero (max(-0, 0) is 0, any NaN gives NaN), so the code generator calls
 * them, and HotSpot compiles them to single instructions.
 *
 * A builtin is recognized as the realm's own function object at its home (Math.floor on the
 * realm's Math, push on its Array.prototype), so a program that replaced Math.floor by another function gets that function
 * called, and one that stored Math.ceil into Math.floor gets ceil (the names must match too).
 *
 * Guarantees: tryReduce returns null having added nothing, or the call's value.
 */
package dev.kindling.optimizer.graph;

import dev.kindling.optimizer.ir.Constant;
import dev.kindling.optimizer.ir.Conversion;
import dev.kindling.optimizer.ir.DeoptReason;
import dev.kindling.optimizer.ir.ElementAccess;
import dev.kindling.optimizer.ir.Float64Operation;
import dev.kindling.optimizer.ir.Node;
import dev.kindling.optimizer.ir.Opcode;
import dev.kindling.optimizer.ir.ValueRepresentation;
import dev.kindling.runtime.BuiltinFunction;
import dev.kindling.runtime.JSObject;

import java.util.List;

final class BuiltinReducers {
    /** The builtins reduced to IR: where each lives, its name, the node it becomes, its arity. */
    enum Reduced {
        MATH_FLOOR("Math", "floor", Opcode.Float64RoundDown, 1),
        MATH_CEIL("Math", "ceil", Opcode.Float64RoundUp, 1),
        MATH_SQRT("Math", "sqrt", Opcode.Float64Sqrt, 1),
        MATH_ABS("Math", "abs", Opcode.Float64Abs, 1),
        MATH_MAX("Math", "max", Opcode.Float64Max, 2),
        MATH_MIN("Math", "min", Opcode.Float64Min, 2),
        ARRAY_PUSH("Array.prototype", "push", Opcode.ArrayPush, 1),
        ARRAY_POP("Array.prototype", "pop", Opcode.ArrayPop, 0),
        STRING_CHAR_CODE_AT("String.prototype", "charCodeAt", Opcode.StringCharCodeAt, 1);

        final String holder;
        final String name;
        final Opcode opcode;
        final int arity; // the argument count reduced (the receiver not counted)

        Reduced(String holder, String name, Opcode opcode, int arity) {
            this.holder = holder;
            this.name = name;
            this.opcode = opcode;
            this.arity = arity;
        }

        /** `Math.floor`, as traces name it. */
        String displayName() {
            return holder + "." + name;
        }
    }

    private BuiltinReducers() {
    }

    /** Which reduced builtin `target` is, or null. */
    static Reduced recognize(Object target) {
        if (!(target instanceof BuiltinFunction f)) {
            return null;
        }
        for (Reduced r : Reduced.values()) {
            if (r.name.equals(f.debugName()) && home(f.realm().global(), r.holder) instanceof JSObject holder
                    && holder.getOwnRaw(r.name) == f) {
                return r;
            }
        }
        return null;
    }

    /** The object at a dotted path from the global object ("Array.prototype"), or null. */
    private static Object home(JSObject global, String path) {
        Object at = global;
        for (String part : path.split("\\.")) {
            at = at instanceof JSObject o ? o.getOwnRaw(part) : null;
        }
        return at;
    }

    /**
     * The value of a call of `builtin` on `receiver` with `arguments` (tagged), or null if this
     * call is not reduced. The array and string builtins speculate on their receiver, so they
     * are not reduced at a site whose code deoptimized before (GraphBuilder.maySpeculate).
     */
    static Node tryReduce(GraphBuilder b, Reduced builtin, Node receiver, List<Node> arguments) {
        if (arguments.size() != builtin.arity) {
            return null;
        }
        switch (builtin) {
            case ARRAY_PUSH, ARRAY_POP, STRING_CHAR_CODE_AT -> {
                return b.maySpeculate() ? reduceReceiverBuiltin(b, builtin, receiver, arguments) : null;
            }
            default -> {
            }
        }
        Node x = untagged(b, arguments.get(0));
        if ((builtin == Reduced.MATH_FLOOR || builtin == Reduced.MATH_CEIL)
                && x.representation() == ValueRepresentation.INT32) {
            return x;
        }
        if (builtin.arity == 1) {
            return b.add(new Float64Operation(builtin.opcode, b.float64(x)));
        }
        Node y = untagged(b, arguments.get(1));
        return b.add(new Float64Operation(builtin.opcode, b.float64(x), b.float64(y)));
    }

    private static Node reduceReceiverBuiltin(GraphBuilder b, Reduced builtin, Node receiver, List<Node> arguments) {
        return switch (builtin) {
            case ARRAY_PUSH -> b.addCheck(new ElementAccess(Opcode.ArrayPush, b.tagged(receiver),
                    b.tagged(arguments.get(0))), DeoptReason.WrongMap);
            case ARRAY_POP -> b.addCheck(new ElementAccess(Opcode.ArrayPop, b.tagged(receiver)), DeoptReason.Hole);
            default -> {
                Node string = b.addCheck(new Conversion(Opcode.CheckString, b.tagged(receiver)), DeoptReason.NotAString);
                yield b.addCheck(new ElementAccess(Opcode.StringCharCodeAt, string, b.int32(arguments.get(0))),
                        DeoptReason.OutOfBounds);
            }
        };
    }

    /** The number a tagging conversion boxed (so an int32 or float64 is not boxed and checked again). */
    private static Node untagged(GraphBuilder b, Node n) {
        if (n instanceof Conversion && (n.opcode() == Opcode.Int32ToNumber || n.opcode() == Opcode.Float64ToTagged)) {
            return n.input(0);
        }
        if (n instanceof Constant c && c.value() instanceof Integer i) {
            return b.add(Constant.int32(i));
        }
        return n;
    }
}

/*
 * What optimized code calls when it does an operation the way the interpreter does it (the
 * optimizing tier's generic nodes: V8's Maglev calls the same builtins Ignition's handlers
 * call). Each entry is the interpreter's own slow path with no feedback recorded, so a generic
 * node's result, its side effects and its errors are the interpreter's by construction.
 *
 * Assumes: the caller is optimized code running on the JS thread with its own JsFrame current
 * (Interpreter.pushFrame) and that frame's bytecode offset up to date, so errors and stack
 * traces name the right line and call-site messages word the right callee.
 * Guarantees: nothing here touches feedback, the tiering state or the interpreter's frames.
 */
package dev.kindling.interpreter;

import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Operators;
import dev.kindling.runtime.PropertyAccess;

public final class CompiledCodeSupport {
    private CompiledCodeSupport() {
    }

    /** A binary operator bytecode (its Opcodes code; a Smi form takes the immediate boxed). */
    public static Object binary(int opcode, Object left, Object right) {
        return OperatorHandlers.genericBinary(opcode, left, right);
    }

    /** Inc, Dec, Negate, BitwiseNot, ToNumeric; TypeOf and TestUndetectable too. */
    public static Object unary(int opcode, Object value) {
        return switch (opcode) {
            case dev.kindling.bytecode.Opcodes.TypeOf -> Operators.typeOf(value);
            case dev.kindling.bytecode.Opcodes.TestUndetectable -> Oddball.isNullish(value);
            default -> OperatorHandlers.genericUnary(opcode, value);
        };
    }

    /** A compare bytecode, `left op right` (TestEqual ... TestInstanceOf, TestIn): true or false. */
    public static Object compare(int opcode, Object left, Object right) {
        return switch (opcode) {
            case dev.kindling.bytecode.Opcodes.TestInstanceOf -> Operators.instanceOf(left, right);
            case dev.kindling.bytecode.Opcodes.TestIn -> Operators.hasProperty(left, right);
            default -> OperatorHandlers.genericCompare(opcode, left, right);
        };
    }

    public static Object loadGlobal(Interpreter interpreter, String name, boolean insideTypeof) {
        return interpreter.runtime().loadGlobal(name, insideTypeof);
    }

    public static void storeGlobal(Interpreter interpreter, String name, Object value, boolean strict) {
        interpreter.runtime().storeGlobal(name, value, strict);
    }

    public static Object getNamed(Interpreter interpreter, Object receiver, Object name) {
        return PropertyAccess.getNamed(interpreter.realm(), receiver, name);
    }

    public static void setNamed(Object receiver, Object name, Object value, boolean strict) {
        PropertyAccess.setNamed(receiver, name, value, strict);
    }

    public static Object getKeyed(Interpreter interpreter, Object receiver, Object key) {
        return PropertyAccess.getKeyed(interpreter.realm(), receiver, key);
    }

    public static void setKeyed(Object receiver, Object key, Object value, boolean strict) {
        PropertyAccess.setKeyed(receiver, key, value, strict);
    }

    public static Object loadContextSlot(Object context, int depth, int index) {
        return ((Context) context).up(depth).get(index);
    }

    public static void storeContextSlot(Object context, int depth, int index, Object value) {
        ((Context) context).up(depth).set(index, value);
    }

    /** A Call bytecode's call of any value from `frame` (closures, builtins, a TypeError for others). */
    public static Object call(Interpreter interpreter, JsFrame frame, Object callee, Object receiver, Object[] args) {
        return interpreter.runtime().call(frame, callee, receiver, args);
    }

    /** Construct: `new callee(...args)` with new.target. */
    public static Object construct(Interpreter interpreter, JsFrame frame, Object callee, Object newTarget,
                                   Object[] args) {
        return interpreter.runtime().construct(frame, callee, args, newTarget);
    }

    /** The sloppy-mode receiver of a call: the global object for undefined or null. */
    public static Object receiver(Interpreter interpreter, JSClosure function, Object receiver) {
        return Oddball.isNullish(receiver) && !function.shared().isStrict() ? interpreter.realm().global() : receiver;
    }

    /** Throw: the value leaves as the interpreter's Throw bytecode throws it. */
    public static JSException throwValue(Object value) {
        return new JSException(value);
    }

    /** For CheckMaps: the object's shape, or null for a value that is no JSObject. */
    public static Object shapeOf(Object value) {
        return value instanceof JSObject o ? o.shape() : null;
    }
}

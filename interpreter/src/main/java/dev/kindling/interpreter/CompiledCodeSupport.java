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
            // identity, as a finally compares its token (Smis by value)
            case dev.kindling.bytecode.Opcodes.TestReferenceEqual -> left == right
                    || left instanceof Integer i && i.equals(right);
            default -> OperatorHandlers.genericCompare(opcode, left, right);
        };
    }

    public static Object loadGlobal(Interpreter interpreter, String name, boolean insideTypeof) {
        return interpreter.runtime().loadGlobal(name, insideTypeof);
    }

    public static void storeGlobal(Interpreter interpreter, String name, Object value, boolean strict) {
        interpreter.runtime().storeGlobal(name, value, strict);
    }

    /** LdaLookupSlot and its kin in optimized code: see DirectEval.load. */
    public static Object loadLookupSlot(Interpreter interpreter, Object context, String name, boolean insideTypeof) {
        return DirectEval.load(interpreter.runtime(), (Context) context, name, insideTypeof);
    }

    /** StaLookupSlot in optimized code: see DirectEval.store. */
    public static void storeLookupSlot(Interpreter interpreter, Object context, String name, Object value, boolean strict) {
        DirectEval.store(interpreter.runtime(), (Context) context, name, value, strict);
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
        return interpreter.callFrom(frame, callee, receiver, args);
    }

    /** Construct: `new callee(...args)` with new.target. */
    public static Object construct(Interpreter interpreter, JsFrame frame, Object callee, Object newTarget,
                                   Object[] args) {
        return interpreter.runtime().construct(frame, callee, args, newTarget); // constructFrom wants a JSObject new.target
    }

    /** Throw: the value leaves as the interpreter's Throw bytecode throws it. */
    public static JSException throwValue(Object value) {
        return new JSException(value);
    }

    /** For CheckMaps: the object's shape, or null for a value that is no JSObject. */
    public static Object shapeOf(Object value) {
        return value instanceof JSObject o ? o.shape() : null;
    }

    // ---- allocations and helpers (the optimizer's HelperCall nodes), as otherBytecode does them ----

    public static Object newFunctionContext(Object parent, Object scope, int slots) {
        return new Context((Context) parent, (dev.kindling.frontend.scope.Scope) scope,
                dev.kindling.frontend.scope.Scope.MIN_CONTEXT_SLOT + slots);
    }

    public static Object newBlockContext(Object parent, Object scope) {
        dev.kindling.frontend.scope.Scope s = (dev.kindling.frontend.scope.Scope) scope;
        return new Context((Context) parent, s, s.contextSlotCount());
    }

    /** CreateClosure: a closure of `shared` over `context`, sharing its site's cell of `feedback`. */
    public static Object newClosure(Interpreter interpreter, JsFrame frame, Object shared, Object context, int cell) {
        return interpreter.newClosure((dev.kindling.bytecode.SharedFunctionInfo) shared, (Context) context,
                frame.function().feedbackVector().closureCell(cell));
    }

    /** CreateRegExpLiteral from optimized code: slotAndFlags = literal slot << 8 | flags. */
    public static Object createRegExpLiteral(Interpreter interpreter, JsFrame frame, Object pattern, int slotAndFlags) {
        return interpreter.runtime().createRegExpLiteral((String) pattern, frame.function().feedbackVector(),
                slotAndFlags >>> 8, slotAndFlags & 0xFF);
    }

    public static Object createObjectLiteral(Interpreter interpreter, Object boilerplate) {
        return interpreter.runtime().createObjectLiteral((dev.kindling.bytecode.Boilerplate.ObjectLiteral) boilerplate);
    }

    public static Object createArrayLiteral(Interpreter interpreter, Object boilerplate) {
        return interpreter.runtime().createArrayLiteral((dev.kindling.bytecode.Boilerplate.ArrayLiteral) boilerplate);
    }

    public static Object createEmptyObjectLiteral(Interpreter interpreter) {
        return interpreter.realm().newObject();
    }

    public static Object createEmptyArrayLiteral(Interpreter interpreter) {
        return interpreter.realm().newArray(0);
    }

    public static void defineNamedOwnProperty(Object object, Object name, Object value) {
        InterpreterRuntime.defineOwn(object, name, value);
    }

    public static void staInArrayLiteral(Object array, Object key, Object value) {
        InterpreterRuntime.defineOwn(array, dev.kindling.runtime.Conversions.toPropertyKey(key), value);
    }

    /** CallRuntime from optimized code: the runtime function (a RuntimeFunction) of `args`, as the interpreter calls it. */
    public static Object callRuntime(Interpreter interpreter, Object function, Object[] args) {
        return interpreter.runtime().callRuntime((dev.kindling.bytecode.RuntimeFunction) function, args);
    }

    public static Object toStringValue(Object value) {
        return dev.kindling.runtime.Conversions.toString(value);
    }

    public static void throwReferenceErrorIfHole(Object value, Object name) {
        if (value == Oddball.THE_HOLE) {
            throw JSException.referenceError("Cannot access '" + name + "' before initialization");
        }
    }

    // ---- the fast property paths' helpers (after a CheckMaps of the object) ----

    /** An array's length (LoadArrayLength): as an int, or -1 past 2^31 - 1 (the node then deoptimizes). */
    public static int arrayLength(Object array) {
        long length = ((dev.kindling.runtime.JSArray) array).longLength();
        return length <= Integer.MAX_VALUE ? (int) length : -1;
    }

    // ---- the builtins the optimizing tier reduces (BuiltinReducers): a failure value, never a throw ----

    /** ArrayPush: the new length, or -1 (nothing done) where the fast push does not serve. */
    public static int arrayPush(Object array, Object value) {
        return array instanceof dev.kindling.runtime.JSArray a && a.tryFastPush(value) ? a.length() : -1;
    }

    /** ArrayPop: the element removed (undefined for an empty array), or null (nothing done). */
    public static Object arrayPop(Object array) {
        return array instanceof dev.kindling.runtime.JSArray a ? a.tryFastPop() : null;
    }

    /** StringCharCodeAt: the code unit at `index`, or -1 for an index outside the string. */
    public static int charCodeAt(Object string, int index) {
        String s = (String) string;
        return index >= 0 && index < s.length() ? s.charAt(index) : -1;
    }

    /**
     * TransitionElementsKind: if the array's kind is in `sourceMask` (bits of ordinals), moves
     * it to `target`'s twin of the same packedness (a holey array stays holey); else nothing.
     */
    public static void transitionElementsKind(Object array, int sourceMask, dev.kindling.runtime.ElementsKind target) {
        dev.kindling.runtime.JSArray a = (dev.kindling.runtime.JSArray) array;
        dev.kindling.runtime.ElementsKind from = a.elementsKind();
        if ((sourceMask & (1 << from.ordinal())) != 0) {
            dev.kindling.runtime.ElementsKind to = from.isHoley() ? target.toHoley() : target.toPacked();
            if (from != to && from.canTransitionTo(to)) {
                a.transitionTo(to);
            }
        }
    }

    /** Element `index` from the elements store, or null where that takes the generic path (a hole, out of bounds). */
    public static Object loadElement(Object array, int index) {
        return array instanceof dev.kindling.runtime.JSArray a ? a.fastElement(index) : null;
    }

    /** Stores element `index` in place if the elements store can take it; false (nothing written) otherwise. */
    public static boolean storeElement(Object array, int index, Object value) {
        return array instanceof dev.kindling.runtime.JSArray a && a.fastSetElement(index, value);
    }

    /** Whether `index` is below the array's length (to tell a hole from out of bounds in a deopt). */
    public static boolean isInBounds(Object array, int index) {
        return index >= 0 && array instanceof dev.kindling.runtime.JSArray a && index < a.length();
    }

    /** CreateUnmappedArguments: a strict-mode arguments object over the arguments as passed. */
    public static Object createUnmappedArguments(Interpreter interpreter, Object[] args) {
        return new dev.kindling.runtime.JSArguments(interpreter.realm(), args, null, 0);
    }

    /** CreateRestParameter: the arguments past the first `formals`, as an array. */
    public static Object createRestParameter(Interpreter interpreter, Object[] args, int formals) {
        return interpreter.realm().newArray(args.length > formals
                ? java.util.Arrays.copyOfRange(args, formals, args.length) : new Object[0]);
    }

    /** SwitchOnSmiNoFeedback: the case index of a Smi `value` among `count` from `base`, or -1 (fall through). */
    public static int switchIndex(Object value, int base, int count) {
        if (value instanceof Integer i) {
            int index = i - base;
            return index >= 0 && index < count ? index : -1;
        }
        return -1;
    }

    // ---- derived constructors (as the interpreter's class bytecodes) ----

    public static Object superConstructor(Object activeFunction) {
        return ClassDefinitions.superConstructor(activeFunction);
    }

    public static void checkSuperConstructor(Object candidate, JsFrame frame) {
        ClassDefinitions.checkSuperConstructor(candidate, frame.function());
    }

    public static void throwSuperNotCalledIfHole(Object value) {
        ClassDefinitions.throwSuperNotCalledIfHole(value);
    }

    public static void throwSuperAlreadyCalledIfNotHole(Object value) {
        ClassDefinitions.throwSuperAlreadyCalledIfNotHole(value);
    }

    /** ConstructWithSpread: `new callee(...args)` whose last argument is spread. */
    public static Object constructWithSpread(Interpreter interpreter, JsFrame frame, Object callee, Object newTarget,
                                             Object[] args) {
        return interpreter.runtime().construct(frame, callee, interpreter.runtime().spreadLast(args), newTarget);
    }
}

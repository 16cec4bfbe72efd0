/*
 * THE table of IR node kinds: every kind of node the optimizing tier has, once, with what it
 * produces and whether it can deoptimize or run arbitrary JS (Maglev lists its nodes the same
 * way, in the NODE_BASE_LIST macros of src/maglev/maglev-ir.h). The graph builder, the passes,
 * the printers and the code generator switch over this enum; nothing else lists node kinds.
 *
 * Names are Maglev's where Maglev has the node (CheckedSmiUntag, Int32AddWithOverflow,
 * CheckMaps, LoadTaggedField, ...). Kindling's own, where Maglev has none: Int32ToBit /
 * Float64ToBit (Maglev branches on int32/float64 directly), LoadContextSlot (Maglev loads
 * context slots as tagged fields of the context object).
 *
 * Columns: the representation of the value produced (NONE for stores, checks and control;
 * null where it is the node's own, as for Phi), whether the node can fail a check and
 * deoptimize eagerly (it then carries a FrameState), and whether it may run arbitrary JS or
 * throw (a call into the runtime: getters, valueOf, a TypeError). A node with neither a value
 * use nor an effect is dead.
 */
package dev.kindling.optimizer.ir;

import static dev.kindling.optimizer.ir.ValueRepresentation.BIT;
import static dev.kindling.optimizer.ir.ValueRepresentation.FLOAT64;
import static dev.kindling.optimizer.ir.ValueRepresentation.INT32;
import static dev.kindling.optimizer.ir.ValueRepresentation.NONE;
import static dev.kindling.optimizer.ir.ValueRepresentation.TAGGED;

public enum Opcode {
    // ---- values that exist before any bytecode runs ----
    Constant(TAGGED, Effects.PURE),
    Int32Constant(INT32, Effects.PURE),
    Float64Constant(FLOAT64, Effects.PURE),
    /** The receiver (index 0) or a parameter, as passed (undefined past the arguments given). */
    Parameter(TAGGED, Effects.PURE),
    /** The context the function was created in (the closure's), current at entry. */
    FunctionContext(TAGGED, Effects.PURE),
    /** The running closure (<closure>). */
    Closure(TAGGED, Effects.PURE),
    /** new.target: the constructor of a `new` call, undefined for a plain call. */
    NewTarget(TAGGED, Effects.PURE),
    /**
     * OSR code's entry values: a register, the accumulator or the context of the interpreter
     * frame it replaces, at the loop header (Maglev's InitialValue of an OSR prologue).
     */
    OsrValue(TAGGED, Effects.PURE),
    /** A merge of values from the predecessors of a block, in their order. */
    Phi(null, Effects.PURE),

    // ---- representation changes ----
    /** Tagged → int32 for a Smi; deopts "not a Smi" otherwise. */
    CheckedSmiUntag(INT32, Effects.DEOPT),
    /**
     * Tagged → int32 of a value known to be a Smi, without a check (Maglev's UnsafeSmiUntag):
     * a load from a field whose representation is Smi, which the code depends on.
     */
    UnsafeSmiUntag(INT32, Effects.PURE),
    /**
     * Tagged → float64 of a value known to be a number, without a check (Kindling's, after
     * Maglev's UncheckedNumberOrOddballToFloat64): a load from a Double field, which the code
     * depends on. The value is an Integer or a Double.
     */
    UncheckedNumberToFloat64(FLOAT64, Effects.PURE),
    /** Tagged → float64 for any number; deopts "not a Number" otherwise. */
    CheckedNumberToFloat64(FLOAT64, Effects.DEOPT),
    ChangeInt32ToFloat64(FLOAT64, Effects.PURE),
    /** Int32 → tagged (a Smi). */
    Int32ToNumber(TAGGED, Effects.PURE),
    /** Float64 → tagged, normalized (an int32 value other than −0 becomes a Smi). */
    Float64ToTagged(TAGGED, Effects.PURE),
    /** A bit → true or false. */
    BitToBoolean(TAGGED, Effects.PURE),
    /** ECMA-262 ToBoolean of a tagged value (pure: it runs no JS). */
    ToBoolean(BIT, Effects.PURE),
    Int32ToBit(BIT, Effects.PURE),
    Float64ToBit(BIT, Effects.PURE),
    /** A uint32 held in an int (the bits of >>>) → int32; deopts "lost precision" past 2^31 − 1. */
    CheckedUint32ToInt32(INT32, Effects.DEOPT),

    /** Deopts "not a String" unless the input is a string; the value passes through (tagged). */
    CheckString(TAGGED, Effects.DEOPT),
    /**
     * Deopts "not a heap number" unless the input is a number; the value passes through (tagged).
     * Turbofan's CheckNumber (a Smi passes; any other heap object than a HeapNumber fails), which
     * guards a value stored into a double array or a Double field.
     */
    CheckNumber(TAGGED, Effects.DEOPT),
    /**
     * Float64 → int32 where the value must be an int32 exactly (an int32 use of a float64: an
     * element index, a SignedSmall operation's input); deopts "lost precision or NaN" for a
     * fraction, NaN or a value out of int32 range, and "minus zero" for -0 (Maglev's
     * CheckedTruncateFloat64ToInt32; Turbofan's CheckedFloat64ToInt32 names the same reasons).
     */
    CheckedTruncateFloat64ToInt32(INT32, Effects.DEOPT),

    // ---- int32 arithmetic (inputs and result int32) ----
    Int32AddWithOverflow(INT32, Effects.DEOPT),
    Int32SubtractWithOverflow(INT32, Effects.DEOPT),
    Int32MultiplyWithOverflow(INT32, Effects.DEOPT),
    Int32DivideWithOverflow(INT32, Effects.DEOPT),
    Int32ModulusWithOverflow(INT32, Effects.DEOPT),
    Int32IncrementWithOverflow(INT32, Effects.DEOPT),
    Int32DecrementWithOverflow(INT32, Effects.DEOPT),
    Int32NegateWithOverflow(INT32, Effects.DEOPT),
    Int32BitwiseAnd(INT32, Effects.PURE),
    Int32BitwiseOr(INT32, Effects.PURE),
    Int32BitwiseXor(INT32, Effects.PURE),
    Int32BitwiseNot(INT32, Effects.PURE),
    Int32ShiftLeft(INT32, Effects.PURE),
    Int32ShiftRight(INT32, Effects.PURE),
    /** The bits of x >>> y, a uint32 held in an int: followed by CheckedUint32ToInt32. */
    Int32ShiftRightLogical(INT32, Effects.PURE),

    // ---- float64 arithmetic ----
    Float64Add(FLOAT64, Effects.PURE),
    Float64Subtract(FLOAT64, Effects.PURE),
    Float64Multiply(FLOAT64, Effects.PURE),
    Float64Divide(FLOAT64, Effects.PURE),
    Float64Modulus(FLOAT64, Effects.PURE),
    Float64Negate(FLOAT64, Effects.PURE),
    /** Math.floor, Math.ceil, Math.sqrt, Math.abs, Math.max, Math.min (graph/BuiltinReducers.java; Turbofan's names). */
    Float64RoundDown(FLOAT64, Effects.PURE),
    Float64RoundUp(FLOAT64, Effects.PURE),
    Float64Sqrt(FLOAT64, Effects.PURE),
    Float64Abs(FLOAT64, Effects.PURE),
    Float64Max(FLOAT64, Effects.PURE),
    Float64Min(FLOAT64, Effects.PURE),

    // ---- strings (inputs checked strings) ----
    /** s + t of two strings. */
    StringConcat(TAGGED, Effects.ALLOCATE),
    /** s === t of two strings (same code units). */
    StringEqual(BIT, Effects.PURE),
    /** s < t, s <= t, s > t, s >= t of two strings, by UTF-16 code units as JS compares them. */
    StringLessThan(BIT, Effects.PURE),
    StringLessThanOrEqual(BIT, Effects.PURE),
    StringGreaterThan(BIT, Effects.PURE),
    StringGreaterThanOrEqual(BIT, Effects.PURE),

    // ---- compares (result a bit) ----
    Int32Equal(BIT, Effects.PURE),
    Int32LessThan(BIT, Effects.PURE),
    Int32LessThanOrEqual(BIT, Effects.PURE),
    Int32GreaterThan(BIT, Effects.PURE),
    Int32GreaterThanOrEqual(BIT, Effects.PURE),
    Float64Equal(BIT, Effects.PURE),
    Float64LessThan(BIT, Effects.PURE),
    Float64LessThanOrEqual(BIT, Effects.PURE),
    Float64GreaterThan(BIT, Effects.PURE),
    Float64GreaterThanOrEqual(BIT, Effects.PURE),
    /** The negation of a bit (! of a boolean). */
    LogicalNot(BIT, Effects.PURE),
    /** Identity of two tagged values (the engine's singletons: undefined, null, true, false, the hole). */
    TaggedEqual(BIT, Effects.PURE),

    // ---- the interpreter's own operations, called as the interpreter calls them ----
    /** A binary operator bytecode (Add, Sub, ... and their Smi forms) on tagged values. */
    GenericBinaryOperation(TAGGED, Effects.CALL),
    /** Inc, Dec, Negate, BitwiseNot, ToNumeric... on a tagged value. */
    GenericUnaryOperation(TAGGED, Effects.CALL),
    /** A compare bytecode (TestLessThan, TestEqual, ...) on tagged values: true or false. */
    GenericCompareOperation(TAGGED, Effects.CALL),

    // ---- objects ----
    /** Deopts "wrong map" unless the input is a JSObject whose shape is one of the node's shapes. */
    CheckMaps(NONE, Effects.DEOPT),
    /**
     * After a bytecode that called into the runtime, in code with compilation dependencies:
     * deopts lazily (V8's deopt-lazy, reason "(unknown)") if a dependency broke while the call
     * ran, resuming after the bytecode (LazyDeoptPoint.java).
     */
    LazyDeoptPoint(NONE, Effects.DEOPT),
    /**
     * An array's length as an int32, after a CheckMaps for an array shape; deopts "lost
     * precision" for a length past 2^31 - 1 (a uint32 that is no int32).
     */
    LoadArrayLength(INT32, Effects.DEOPT),
    /**
     * Element [int32 key] of an array of a checked shape whose elements kind the site never
     * pinned to one (a sparse array's), through the IC's fast path; deopts "out of bounds" past
     * the length and "hole" on a hole (the interpreter then reads it generically).
     */
    LoadElement(TAGGED, Effects.DEOPT),
    /**
     * Element [int32 key] = value on such an array, where the elements store can take it in
     * place; deopts "out of bounds" where it cannot (before writing anything).
     */
    StoreElement(NONE, Effects.DEOPT),

    // ---- the array and string builtins BuiltinReducers reduces (after the call target's CheckValue) ----
    /**
     * `array.push(value)`, one value (inputs: receiver, value): appends in place and is the new
     * length, an int32; deopts "wrong map" first, having done nothing, unless the receiver is
     * an array push may append to in place (JSArray.tryFastPush: dense, extensible, not sealed,
     * length writable, nothing on its chain with elements). Maglev's TryReduceArrayPrototypePush.
     */
    ArrayPush(INT32, Effects.WRITE),
    /**
     * `array.pop()` (input: receiver): removes and is the last element (undefined for an empty
     * array); deopts "hole" first unless the receiver is an array whose last element pop may
     * take in place (JSArray.tryFastPop: dense, not sealed, length writable, the last element
     * present). Maglev's TryReduceArrayPrototypePop.
     */
    ArrayPop(TAGGED, Effects.WRITE),
    /** A string's length (input: a string a CheckString passed), an int32: Maglev's StringLength. */
    StringLength(INT32, Effects.PURE),
    /**
     * `string.charCodeAt(index)` (inputs: a string CheckString passed, an int32 index): the
     * UTF-16 code unit, an int32; deopts "out of bounds" for an index outside the string (the
     * builtin's NaN). Maglev's BuiltinStringPrototypeCharCodeOrCodePointAt.
     */
    StringCharCodeAt(INT32, Effects.DEOPT),

    // ---- typed element access: CheckElementsKind + CheckBounds [+ CheckNotHole] + one of these ----
    /**
     * Before a store: generalizes the array's elements kind if it is one the site saw the store
     * transition from (TransitionElementsKind says how); no check, no deopt.
     */
    TransitionElementsKind(NONE, Effects.WRITE),
    /**
     * Deopts "wrong map" unless the array's elements kind is one of the node's (Kindling's: V8's
     * elements kind is part of the map, so its CheckMaps covers this; Kindling's shapes do not
     * hold it). A check before a store also fails on a frozen array.
     */
    CheckElementsKind(NONE, Effects.DEOPT),
    /** Deopts "out of bounds" unless 0 <= index (input 0) < length (input 1), both int32. */
    CheckBounds(NONE, Effects.DEOPT),
    /**
     * Deopts "hole" if element [index] of a holey array (inputs: array, index in bounds) is a
     * hole (Maglev's CheckNotHole tests the loaded value; Kindling's int store keeps its holes
     * beside the ints, so the check asks the array).
     */
    CheckNotHole(NONE, Effects.DEOPT),
    /**
     * Before a store into a holey ELEMENTS or DOUBLE array (inputs: array, index in bounds):
     * deopts "hole" only if element [index] is a hole the store may not fill in place — the
     * array is sealed or not extensible, or something on its prototype chain has elements, so
     * a setter there could intercept the store. V8 guards the same with the map (extensibility
     * is in it) and the NoElementsProtector; JSArray.holeBlocksStore asks both of the array.
     * A SMI store keeps CheckNotHole: its holes are bits beside the ints, which a plain int
     * store does not clear.
     */
    CheckHoleFillable(NONE, Effects.DEOPT),
    /** Element [index] of a SMI-kind array as an int32, straight from its int store (Kindling's own: V8 keeps Smis tagged). */
    LoadSmiElement(INT32, Effects.READ),
    /** Element [index] of a DOUBLE-kind array as a float64, from its double store (V8's FixedDoubleArray). */
    LoadFixedDoubleArrayElement(FLOAT64, Effects.READ),
    /** Element [index] of an ELEMENTS-kind array, tagged, from its Object store (V8's FixedArray). */
    LoadFixedArrayElement(TAGGED, Effects.READ),
    /** Element [index] = an int32 value, into a SMI-kind array's int store. */
    StoreSmiElement(NONE, Effects.WRITE),
    /**
     * Element [index] = a number into a DOUBLE-kind array's double store: the value input is a
     * Float64, an Int32, or a tagged number a CheckNumber has passed; NaN is stored canonical.
     */
    StoreFixedDoubleArrayElement(NONE, Effects.WRITE),
    /** Element [index] = a tagged value into an ELEMENTS-kind array's Object store (Maglev's ...WithWriteBarrier). */
    StoreFixedArrayElement(NONE, Effects.WRITE),

    /**
     * Slot [i] of a JSObject whose shape a CheckMaps has established, tagged; the node knows the
     * field's representation on those shapes (FieldAccess), which its untagged uses trust.
     */
    LoadTaggedField(TAGGED, Effects.PURE),
    StoreTaggedField(NONE, Effects.WRITE),
    LoadNamedGeneric(TAGGED, Effects.CALL),
    SetNamedGeneric(NONE, Effects.CALL),
    GetKeyedGeneric(TAGGED, Effects.CALL),
    SetKeyedGeneric(NONE, Effects.CALL),
    LoadGlobal(TAGGED, Effects.CALL),
    StoreGlobal(NONE, Effects.CALL),
    /** A name a sloppy direct eval may bind, looked up through the input context (DirectEval). */
    LoadLookupSlot(TAGGED, Effects.CALL),
    StoreLookupSlot(NONE, Effects.CALL),
    LoadContextSlot(TAGGED, Effects.READ),
    StoreContextSlot(NONE, Effects.WRITE),

    // ---- allocations and the interpreter's other helpers (HelperCall; one constant operand) ----
    /** A new function context over the input context (constant: its Scope; immediate: slot count). */
    CreateFunctionContext(TAGGED, Effects.ALLOCATE),
    /** A new block context over the input context (constant: its Scope). */
    CreateBlockContext(TAGGED, Effects.ALLOCATE),
    /** A new closure of the constant SharedFunctionInfo over the input context (immediate: its feedback cell). */
    CreateClosure(TAGGED, Effects.ALLOCATE),
    /** A copy of the constant object literal boilerplate. */
    CreateObjectLiteral(TAGGED, Effects.ALLOCATE),
    CreateArrayLiteral(TAGGED, Effects.ALLOCATE),
    /** A new RegExp of pattern `constant`; immediate = literal slot << 8 | flags (InterpreterRuntime caches the code). */
    CreateRegExpLiteral(TAGGED, Effects.ALLOCATE),
    CreateEmptyObjectLiteral(TAGGED, Effects.ALLOCATE),
    CreateEmptyArrayLiteral(TAGGED, Effects.ALLOCATE),
    /** Defines own data property (constant: its name) of the object input to the value input (literals). */
    DefineNamedOwnProperty(NONE, Effects.WRITE),
    /** Defines element [key input] of the array input to the value input (array literals). */
    StaInArrayLiteral(NONE, Effects.WRITE),
    /** A strict-mode arguments object: a copy of the arguments as passed. */
    CreateUnmappedArguments(TAGGED, Effects.ALLOCATE),
    /** The array of the arguments past the formal parameters (immediate: how many formals come first). */
    CreateRestParameter(TAGGED, Effects.ALLOCATE),
    /**
     * CallRuntime [f] (the HelperCall's constant: a RuntimeFunction whose table entry allows
     * optimized code) of its inputs, tagged: what the interpreter's CallRuntime does, through
     * the same InterpreterRuntime.callRuntime. May run JS (AppendSpread iterates,
     * CallWithArgumentArray calls) and throw.
     */
    CallRuntime(TAGGED, Effects.CALL),
    /** ToString of the input (template literals): may run JS. */
    ToString(TAGGED, Effects.CALL),
    /** Throws ReferenceError "Cannot access 'x' before initialization" (constant: the name) if the input is the hole. */
    ThrowReferenceErrorIfHole(NONE, Effects.CALL),

    // ---- derived constructors (HelperCall too) ----
    /** The running constructor's [[Prototype]]: what super() calls. */
    GetSuperConstructor(TAGGED, Effects.READ),
    /** TypeError unless the input is a constructor. */
    ThrowIfNotSuperConstructor(NONE, Effects.CALL),
    /** ReferenceError if the input (this) is the hole. */
    ThrowSuperNotCalledIfHole(NONE, Effects.CALL),
    /** ReferenceError unless the input (this) is the hole: super() called twice. */
    ThrowSuperAlreadyCalledIfNotHole(NONE, Effects.CALL),

    // ---- calls ----
    /**
     * Deopts unless the input is the node's constant: "wrong call target" for a call's target,
     * "wrong value" for another speculated constant (a keyed site's one symbol key).
     */
    CheckValue(NONE, Effects.DEOPT),
    /**
     * Deopts "wrong value" unless the input is a string equal to the node's (Maglev's
     * CheckValueEqualsString: strings are values, so identity is not enough): a keyed access
     * whose key was always one name becomes a named access.
     */
    CheckValueEqualsString(NONE, Effects.DEOPT),
    /** A call of any callee with a receiver and arguments, as the interpreter's Call bytecodes. */
    Call(TAGGED, Effects.CALL),
    /**
     * Maglev's CallKnownJSFunction: a call of the one closure a CheckValue pinned, straight into
     * that function's current code (linked through its DirectCallSites), not through the
     * generic call's dispatch on the callee.
     */
    CallKnownJSFunction(TAGGED, Effects.CALL),
    /** new callee(...args) with new.target. */
    Construct(TAGGED, Effects.CALL),
    /** new callee(...args) whose last argument is spread. */
    ConstructWithSpread(TAGGED, Effects.CALL),

    // ---- inlined calls (InlinedFrame.java; Kindling's own) ----
    /** Pushes the JsFrame of an inlined callee (input: its receiver); the value is that frame. May throw a stack overflow. */
    EnterInlinedFrame(TAGGED, Effects.CALL),
    /** Pops the frame its input pushed, where the inlined callee's returns join. */
    LeaveInlinedFrame(NONE, Effects.WRITE),
    /** The receiver of an inlined `new` of a base constructor (HelperCall; V8's FastNewObject builtin). */
    FastNewObject(TAGGED, Effects.ALLOCATE),
    /**
     * The `this` of an inlined sloppy-mode callee (HelperCall of the callee; Maglev's
     * ConvertReceiver): the receiver, the global object for undefined or null, a wrapper for
     * a primitive.
     */
    ConvertReceiver(TAGGED, Effects.ALLOCATE),

    // ---- control: the last node of each block ----
    Jump(NONE, Effects.CONTROL),
    /** The back edge of a loop, to its header. */
    JumpLoop(NONE, Effects.CONTROL),
    /** On a bit: to the first successor if set, else to the second. */
    Branch(NONE, Effects.CONTROL),
    Return(NONE, Effects.CONTROL),
    /**
     * SwitchOnSmiNoFeedback: to successor k when the tagged input is the Smi caseBase + k, else
     * to the last successor (the bytecode after the switch). try/finally dispatches on its token so.
     */
    Switch(NONE, Effects.CONTROL),
    /** Throw: the input leaves the function as a JS exception (or goes to the interpreter's handler, in a try range). */
    Throw(NONE, Effects.CONTROL),
    /** Deoptimizes unconditionally (a bytecode whose feedback the interpreter never gathered). */
    Deopt(NONE, Effects.CONTROL);

    /** What running a node can do besides producing its value. */
    public enum Effects {
        /** Nothing: the node may move, merge or disappear when unused. */
        PURE,
        /** Reads mutable state (a context slot): not merged across writes. */
        READ,
        /** Makes a new object: removable when unused, never merged with another. */
        ALLOCATE,
        /** Writes heap state. */
        WRITE,
        /** May fail a check and deoptimize; otherwise pure. */
        DEOPT,
        /** Calls into the runtime: may run any JS, throw, and change any heap state. */
        CALL,
        /** Ends a block. */
        CONTROL
    }

    private final ValueRepresentation representation;
    private final Effects effects;

    Opcode(ValueRepresentation representation, Effects effects) {
        this.representation = representation;
        this.effects = effects;
    }

    /** The representation of the value every node of this kind produces; null for Phi (its own). */
    public ValueRepresentation representation() {
        return representation;
    }

    public Effects effects() {
        return effects;
    }

    public boolean canDeopt() {
        return effects == Effects.DEOPT;
    }

    public boolean isControl() {
        return effects == Effects.CONTROL;
    }

    /** Whether a node of this kind must stay even when nothing uses its value. */
    public boolean hasEffect() {
        return effects == Effects.WRITE || effects == Effects.DEOPT || effects == Effects.CALL
                || effects == Effects.CONTROL;
    }
}

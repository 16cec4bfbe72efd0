/*
 * The runtime functions CallRuntime can call (V8's Runtime::FunctionId, the subset Kindling
 * needs). The operand stores the ordinal; the disassembler prints the name.
 *
 * This enum is also the one table of natives: with --allow-natives-syntax, `%Name(args)`
 * compiles to `CallRuntime [Name]` when Name is an entry marked callable from JS, with
 * exactly `argumentCount` arguments (V8's runtime.h lists each function's argument count the
 * same way; V8 reports a mismatch as a SyntaxError when the function is compiled, and so do
 * we — see generator/Natives). The engine-internal entries are not reachable from JS.
 *
 * A third column, true where given, says the function may be called from optimized code (a
 * CallRuntime node): it needs no interpreter frame (it asks at most `interpreter.current`,
 * which an optimized frame answers as well) and no generator state. The tier refuses a
 * function that calls any other.
 *
 * The tiering natives (%OptimizeFunctionOnNextCall and its friends) drive and query the
 * optimizing tier through the TieringManager; interpreter/TieringNatives says what each does and which
 * %GetOptimizationStatus bits Kindling sets.
 */
package dev.kindling.bytecode;

public enum RuntimeFunction {
    /** TypeError "Assignment to constant variable." */
    ThrowConstAssignError(0, false, true),
    /** TypeError "Iterator result x is not an object". */
    ThrowIteratorResultNotAnObject(1, false, true),
    /** Defines accessor (object, name, getter, setter) on an object literal. */
    DefineAccessorPropertyUnchecked(4, false, true),
    /** ReferenceError with the message in its argument (a call used as an assignment target). */
    ThrowReferenceError(1, false, true),
    /** `delete name` of a global in sloppy code (V8: DeleteLookupSlot). */
    DeleteGlobal(1, false),
    /** `{...source}` in an object literal: copies source's own enumerable properties into target. */
    CopyDataProperties(2, false, true),
    /** `{__proto__: value}` in an object literal: sets the literal's prototype (Annex B). */
    InternalSetPrototype(2, false, true),
    /** Appends one value to an array being built for a spread (array, value). */
    AppendElement(2, false, true),
    /** Appends every value an iterable yields to an array being built (array, iterable). */
    AppendSpread(2, false, true),
    /** `f(...args)`: calls (callee, receiver, argumentsArray) — V8's CallWithSpread, generalized. */
    CallWithArgumentArray(3, false, true),
    /** `new F(...args)`: constructs (constructor, argumentsArray). */
    ConstructWithArgumentArray(2, false, true),

    // ---- natives (--allow-natives-syntax) -------------------------------------------------------

    /** %HaveSameMap(a, b): true when both are objects with the same Shape (V8's map). */
    HaveSameMap(2, true),
    /** %HasFastProperties(o): true unless o's properties are in dictionary mode. */
    HasFastProperties(1, true),
    /** %DebugPrint(x): prints what the engine knows about x to stdout; returns x. */
    DebugPrint(1, true),
    /**
     * %GetFeedback(f): f's feedback vector as plain JS data (Kindling's own; V8's
     * %GetFeedback returns internal objects): an array of {slot, kind, state, ...}.
     */
    GetFeedback(1, true),

    // ---- destructuring ----------------------------------------------------------------------------

    /**
     * TypeError for an object pattern applied to null or undefined, worded from the pattern
     * at the current position ("Cannot destructure 'o' as it is null.").
     */
    ThrowPatternAssignmentNonCoercible(1, false),
    /**
     * `{a, ...rest} = o`: a new object with o's own enumerable properties except the keys
     * named in the pattern. Arguments: o, then each excluded key (any number).
     */
    CopyDataPropertiesWithExcludedPropertiesOnStack(-1, false),

    // ---- classes ---------------------------------------------------------------------------------

    /**
     * Defines a class (V8's DefineClass): (boilerplate, constructor, superclass or the hole,
     * then each member's computed key if any and its closure). Makes the prototype, links
     * both [[Prototype]] chains, installs the members; returns the prototype.
     */
    DefineClass(-1, false),
    /** `super[key]`: (receiver, homeObject, key), the lookup starting at homeObject's prototype. */
    LoadKeyedFromSuper(3, false),
    /** `super[key] = value`: (receiver, homeObject, key, value), [[Set]] from homeObject's prototype. */
    StoreToSuper(4, false),

    // ---- iteration ------------------------------------------------------------------------------

    /**
     * IteratorClose when a for-of loop is left before its iterator is done: (iterator,
     * afterThrow). Calls the iterator's `return`; after a throw its errors are ignored.
     */
    IteratorClose(2, false),

    // ---- tiering natives (--allow-natives-syntax; after the others, so their ids stay put) ------

    /**
     * %PrepareFunctionForOptimization(f[, mode]): compiles f and makes its feedback vector, as V8
     * does. Any number of arguments at compile time, as V8 declares it (-1); TieringNatives
     * checks for one or two at run time, and ignores the mode ("allow heuristic optimization").
     */
    PrepareFunctionForOptimization(-1, true),
    /**
     * %OptimizeFunctionOnNextCall(f[, mode]): marks f; its next call compiles it (nothing under
     * --no-opt). Arguments as PrepareFunctionForOptimization; the mode ("concurrent") is
     * ignored: Kindling compiles synchronously.
     */
    OptimizeFunctionOnNextCall(-1, true),
    /** %DeoptimizeFunction(f): f's optimized code is marked for deoptimization and dropped. */
    DeoptimizeFunction(1, true),
    /** %NeverOptimizeFunction(f): f is never optimized again. */
    NeverOptimizeFunction(1, true),
    /** %GetOptimizationStatus(f): V8's OptimizationStatus bits, as a number. */
    GetOptimizationStatus(1, true),
    /** %IsBeingInterpreted(): whether the function calling it runs in the interpreter. */
    IsBeingInterpreted(0, true),
    /** %ActiveTierIsIgnition(f): whether f's next call runs in the interpreter (V8's name). */
    ActiveTierIsIgnition(1, true),
    /** %ActiveTierIsKindlingJit(f): whether f's next call runs Kindling's optimized code (Kindling's own). */
    ActiveTierIsKindlingJit(1, true),
    /**
     * %OptimizeOsr([f]): the function calling it continues in OSR code at its next loop back edge
     * (V8 sets its OSR urgency to the maximum; nothing under --no-opt). V8 takes up to two
     * optional arguments (-1); Kindling ignores them, as V8 ignores all but whether to wait.
     */
    OptimizeOsr(-1, true),

    // ---- private class members (after the natives, so the ids above stay put) -------------------

    /** V8's CreatePrivateNameSymbol: a new private name `#x` from its JSSymbol.PrivateName facts. */
    CreatePrivateNameSymbol(1, false),
    /**
     * Installs private method or accessor #x on an instance or class (receiver, name, method or
     * getter, setter; undefined for a missing half). Kindling's own: V8 gives the instance a brand
     * instead and keeps the methods in the class context (see PrivateNames).
     */
    DefinePrivateMember(4, false),

    // ---- generators (after the others, so the ids above stay put) -------------------------------

    /**
     * The generator object of the running generator function (closure, receiver), V8's
     * intrinsic _CreateJSGeneratorObject: it keeps the calling frame, and its [[Prototype]] is
     * the closure's `prototype` if that is an object, else %GeneratorPrototype%.
     */
    CreateJSGeneratorObject(2, false),
    /** {value, done} (value, done), V8's intrinsic _CreateIterResultObject. */
    CreateIterResultObject(2, false),
    /**
     * One step of `yield*` (iterator, its next method, the value received, the resume mode):
     * calls next, return or throw of the inner iterator as the mode says (§15.5.5 steps 7.a-c)
     * and returns its result, checked to be an object. With no `return` method the result is
     * {value: received, done: true}, so the delegation ends in a return of the value; with no
     * `throw` method the iterator is closed and the TypeError thrown. Kindling's own: V8 emits
     * these lookups and calls as bytecode.
     */
    YieldStarStep(4, false),

    // ---- code from strings (last, so the ids above stay put) ----------------------------------
    /**
     * Before the call `eval(source)` (V8's ResolvePossiblyDirectEval): (callee, source, the
     * Scope of the call site, 1 if the caller is strict else 0). Returns the function to call:
     * when the callee is %eval% and the source a string, the eval code compiled as a direct
     * eval in the caller's scope (interpreter/DirectEval); otherwise the callee itself.
     */
    ResolvePossiblyDirectEval(4, false),
    /** `delete name` of a name a sloppy direct eval may bind (V8's DeleteLookupSlot): (name). */
    DeleteLookupSlot(1, false),

    // ---- async iteration (last, so the ids above stay put) ----------------------------------------
    /**
     * GetIterator(obj, async) (§7.4.3) for `for await` and an async generator's `yield*`:
     * obj[Symbol.asyncIterator](), or CreateAsyncFromSyncIterator (§27.1.4.1) over
     * obj[Symbol.iterator]() when there is none. Kindling's own: V8 emits the lookups and calls
     * as bytecode and calls the intrinsic _CreateAsyncFromSyncIterator.
     */
    GetAsyncIterator(1, false),
    /**
     * One step of `yield*` in an async generator (iterator, next, received, mode): the inner
     * iterator's next, return or throw called with the value received (§15.5.5 steps 7.a-c with
     * generatorKind async); its result is awaited by the bytecode. With no `return`,
     * {value: received, done: true}; with no `throw`, the iterator is closed and the TypeError thrown.
     */
    AsyncYieldStarStep(4, false),

    // ---- with statements -------------------------------------------------------------------------
    /**
     * For CallRuntimeForPair, before the call `name(...)` inside a `with` (V8's
     * LoadLookupSlotForCall): (name) gives the callee the name finds and its receiver — the
     * with object it was found on, else undefined.
     */
    LoadLookupSlotForCall(1, false);

    private static final RuntimeFunction[] VALUES = values();

    private final int argumentCount;
    private final boolean callableFromJs;
    private final boolean callableFromOptimizedCode;

    RuntimeFunction(int argumentCount, boolean callableFromJs) {
        this(argumentCount, callableFromJs, false);
    }

    RuntimeFunction(int argumentCount, boolean callableFromJs, boolean callableFromOptimizedCode) {
        this.argumentCount = argumentCount;
        this.callableFromJs = callableFromJs;
        this.callableFromOptimizedCode = callableFromOptimizedCode;
    }

    public static RuntimeFunction fromId(int id) {
        return VALUES[id];
    }

    /** How many arguments the function takes (CallRuntime passes exactly this many); -1: any number. */
    public int argumentCount() {
        return argumentCount;
    }

    /** Whether `%Name(...)` may call it under --allow-natives-syntax. */
    public boolean callableFromJs() {
        return callableFromJs;
    }

    /** Whether optimized code may call it (a CallRuntime node); else the tier refuses the function. */
    public boolean callableFromOptimizedCode() {
        return callableFromOptimizedCode;
    }

    /** The native called `%name`, or null if there is none. */
    public static RuntimeFunction lookupNative(String name) {
        for (RuntimeFunction f : VALUES) {
            if (f.callableFromJs && f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}

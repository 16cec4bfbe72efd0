/*
 * The runtime functions CallRuntime can call (V8's Runtime::FunctionId, the subset Kindling
 * needs). The operand stores the ordinal; the disassembler prints the name.
 */
package dev.kindling.bytecode;

public enum RuntimeFunction {
    /** TypeError "Assignment to constant variable." */
    ThrowConstAssignError,
    /** TypeError "Iterator result x is not an object". */
    ThrowIteratorResultNotAnObject,
    /** Defines accessor (object, name, getter, setter) on an object literal. */
    DefineAccessorPropertyUnchecked,
    /** ReferenceError with the message in its argument (a call used as an assignment target). */
    ThrowReferenceError,
    /** `delete name` of a global in sloppy code (V8: DeleteLookupSlot). */
    DeleteGlobal;

    private static final RuntimeFunction[] VALUES = values();

    public static RuntimeFunction fromId(int id) {
        return VALUES[id];
    }
}

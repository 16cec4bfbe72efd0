/*
 * LoadArrayLength: an array's length as an int32, after a CheckMaps for an array shape (a
 * length past 2^31 - 1 deoptimizes: such arrays are sparse and rare).
 *
 * LoadElement / StoreElement: element [int32 index] of an array whose shape a CheckMaps has
 * established, read from or written into its elements store in place (JSArray.fastElement /
 * fastSetElement, the keyed ICs' own fast paths). Inputs: (array, index) for a load, (array,
 * index, value) for a store. Both are checks: where the store cannot serve the access (out of
 * bounds, a hole, a value its elements kind cannot hold) they deoptimize before anything is
 * written, and the interpreter does the generic access.
 */
package dev.kindling.optimizer.ir;

public final class ElementAccess extends Node {
    public ElementAccess(Opcode opcode, Node... inputs) {
        super(opcode, inputs);
    }
}

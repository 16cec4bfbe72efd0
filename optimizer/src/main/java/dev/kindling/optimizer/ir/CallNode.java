/*
 * Calls (Maglev's Call / CallKnownJSFunction / Construct): inputs (callee, receiver,
 * arguments...) for Call and CallKnownJSFunction, (callee, new.target, arguments...) for
 * Construct. A generic Call goes to the runtime's generic call, as the interpreter's Call
 * bytecodes do when no fast path applies, so every kind of callee (closures, builtins, bound
 * functions, a non-callable's TypeError) behaves as in the interpreter. A CallKnownJSFunction
 * follows a CheckValue that pinned its callee to `target()`, a closure: the code generator
 * calls that closure's current code directly (see backend's CallLinker).
 */
package dev.kindling.optimizer.ir;

public final class CallNode extends Node {
    private final Object target;

    public CallNode(Opcode opcode, Node... inputs) {
        this(opcode, null, inputs);
    }

    /** A CallKnownJSFunction of `target`, the closure a CheckValue of inputs[0] pinned. */
    public static CallNode known(Object target, Node... inputs) {
        return new CallNode(Opcode.CallKnownJSFunction, target, inputs);
    }

    private CallNode(Opcode opcode, Object target, Node... inputs) {
        super(opcode, inputs);
        this.target = target;
    }

    public int argumentCount() {
        return inputCount() - 2;
    }

    /** The known callee of a CallKnownJSFunction, else null. */
    public Object target() {
        return target;
    }

    @Override
    public String details() {
        return target != null ? CheckValue.describe(target) : super.details();
    }
}

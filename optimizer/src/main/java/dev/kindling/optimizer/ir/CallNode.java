/*
 * Calls (Maglev's Call / Construct): inputs (callee, receiver, arguments...) for Call and
 * (callee, new.target, arguments...) for Construct. The code generator calls the runtime's
 * generic call, as the interpreter's Call bytecodes do when no fast path applies, so every
 * kind of callee (closures, builtins, bound functions, a non-callable's TypeError) behaves as
 * in the interpreter. A CheckValue before it pins a monomorphic target.
 */
package dev.kindling.optimizer.ir;

public final class CallNode extends Node {
    public CallNode(Opcode opcode, Node... inputs) {
        super(opcode, inputs);
    }

    public int argumentCount() {
        return inputCount() - 2;
    }
}

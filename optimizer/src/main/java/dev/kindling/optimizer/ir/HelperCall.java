/*
 * The allocations and the other helpers the interpreter runs for a bytecode that has no faster
 * form in optimized code (Opcode's "allocations and the interpreter's other helpers"): a new
 * context, closure or literal, an own-property definition in a literal, ToString, the TDZ
 * check. Each is one call of the interpreter's own helper (CompiledCodeSupport); the node keeps
 * the bytecode's constant operand (a Scope, a SharedFunctionInfo, a boilerplate, a name) and
 * an immediate (a slot count, a feedback cell index).
 */
package dev.kindling.optimizer.ir;

public final class HelperCall extends Node {
    private final Object constant;
    private final int immediate;

    public HelperCall(Opcode opcode, Object constant, int immediate, Node... inputs) {
        super(opcode, inputs);
        this.constant = constant;
        this.immediate = immediate;
    }

    public Object constant() {
        return constant;
    }

    public int immediate() {
        return immediate;
    }

    @Override
    public String details() {
        return switch (opcode()) {
            case DefineNamedOwnProperty, ThrowReferenceErrorIfHole -> String.valueOf(constant);
            case CreateFunctionContext -> "[" + immediate + " slots]";
            default -> "";
        };
    }
}

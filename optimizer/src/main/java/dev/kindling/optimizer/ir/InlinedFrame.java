/*
 * The frame of an inlined callee, as stack traces see it: EnterInlinedFrame pushes a JsFrame for
 * the callee (its closure, known since a CheckValue pinned it, and its receiver) when the
 * inlined body starts; LeaveInlinedFrame pops it where the body's returns join. So
 * `err.stack`, uncaught reports and "x is not a function" messages show an inlined call as if it
 * had not been inlined, and the body's nodes write their positions into that frame (each
 * names its EnterInlinedFrame: Node.inlinedFrame).
 *
 * V8 pushes nothing: its stack walker expands an optimized frame into the inlined ones from the
 * deopt data at the return address. Kindling's stack walkers read a chain of JsFrames
 * (interpreter/JsFrame.java), so the chain gets the frame where something can see it: the
 * frame object is the reused one of its depth (OptimizedFrame.activate), its fields written,
 * nothing allocated; and a callee whose body nothing can see the stack from (no runtime call,
 * no throw: a leaf of arithmetic, checks and field accesses) pushes none at all, its
 * EnterInlinedFrame only checking the call depth (backend's CodeGenerator.elidedFrames).
 * A frame left pushed by an exception or a deopt is popped by CompiledFunction or the
 * Deoptimizer, which unwind to the compiled function's own frame.
 */
package dev.kindling.optimizer.ir;

public final class InlinedFrame extends Node {
    private final Object closure;
    /** Whether the callee runs for `new closure(...)` (its frame has new.target: "at new F"). */
    private final boolean construct;

    private InlinedFrame(Opcode opcode, Object closure, boolean construct, Node input) {
        super(opcode, input);
        this.closure = closure;
        this.construct = construct;
    }

    /** The frame of inlined `closure` (a JSClosure) called with `receiver`, by `new` if `construct`. */
    public static InlinedFrame enter(Object closure, Node receiver, boolean construct) {
        return new InlinedFrame(Opcode.EnterInlinedFrame, closure, construct, receiver);
    }

    /** Pops the frame `enter` pushed. */
    public static InlinedFrame leave(InlinedFrame enter) {
        return new InlinedFrame(Opcode.LeaveInlinedFrame, enter.closure, enter.construct, enter);
    }

    public Object closure() {
        return closure;
    }

    public boolean isConstruct() {
        return construct;
    }

    @Override
    public String details() {
        return opcode() == Opcode.EnterInlinedFrame ? (construct ? "new " : "") + CheckValue.describe(closure) : "";
    }
}

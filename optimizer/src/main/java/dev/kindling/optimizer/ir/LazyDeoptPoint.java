/*
 * LazyDeoptPoint: where an activation of optimized code notices that a compilation dependency
 * broke while it was away in a call (V8's lazy deoptimization). V8 patches the return address
 * of every activation of marked code so that the call returns into the deoptimizer; a JVM
 * method cannot have its return redirected, so Kindling's code asks instead: after each
 * bytecode that called into the runtime (a node of Effects.CALL: it may run any JS, and so
 * change any prototype or generalize any field), or that stored a literal's properties through
 * it (which may generalize a field a shape shares: GraphBuilder.mayGeneralizeFields),
 * `if (code.isDependencyBroken()) deopt`. The node's FrameState is the
 * state AFTER that bytecode — its offset the next bytecode's, the accumulator the bytecode's
 * result — so the interpreter continues where the optimized code stopped and nothing runs twice.
 *
 * Only code with dependencies keeps these nodes (GraphBuilder removes them otherwise). A call
 * in a bytecode that ends a block (a jump, a return, a throw) gets none: a return or a throw
 * leaves the activation anyway, and a jump's nodes are conversions that run no JS. Two calls
 * in one bytecode share the point after it: no prototype load comes between them.
 */
package dev.kindling.optimizer.ir;

public final class LazyDeoptPoint extends Node {
    public LazyDeoptPoint() {
        super(Opcode.LazyDeoptPoint);
    }
}

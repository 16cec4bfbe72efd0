/*
 * The JsFrame of one activation of optimized code (V8's OptimizedFrame): pushed by
 * CompiledFunction.call for the whole activation (and by EnterInlinedFrame for an inlined
 * callee's), so stack traces, uncaught reports and call-site messages see the function as they
 * see an interpreted one. The objects are reused, one per call depth (activate): a frame is a
 * slot of a stack the interpreter keeps, its fields written on entry, so a call allocates no
 * frame; only OSR entries make their own. The generated code
 * writes `bytecodeOffset` before each operation that can call out or throw, so the frame
 * answers the line and column of the bytecode the running code came from (V8 answers from its
 * deopt data at the return address).
 */
package dev.kindling.backend.deopt;

import dev.kindling.interpreter.Interpreter;
import dev.kindling.interpreter.JSClosure;
import dev.kindling.interpreter.JsFrame;
import dev.kindling.runtime.JSObject;

public final class OptimizedFrame extends JsFrame {
    private JSClosure function;
    private Object receiver;
    private JSObject newTarget;
    /** Written by generated code: the bytecode the current operation came from. */
    public int bytecodeOffset;
    /**
     * For OSR code only: the values of the interpreter frame it replaced, at the loop header
     * (its register file, then the accumulator, then the context), read by the entry block's
     * OsrValue nodes; null otherwise.
     */
    public Object[] osrValues;

    public OptimizedFrame(JsFrame caller, JSClosure function, Object receiver, JSObject newTarget) {
        super(caller);
        this.function = function;
        this.receiver = receiver;
        this.newTarget = newTarget;
    }

    /**
     * The frame for a new activation of `function`, to be pushed onto the current frame: the
     * interpreter's reusable frame object of the current depth with its fields written, made
     * once per depth (Interpreter.reusableFrame says why reuse is safe). Allocation-free after
     * the first call at a depth.
     */
    public static OptimizedFrame activate(Interpreter interpreter, JSClosure function, Object receiver,
                                          JSObject newTarget) {
        OptimizedFrame frame = (OptimizedFrame) interpreter.reusableFrame();
        if (frame == null) {
            frame = new OptimizedFrame(null, null, null, null);
            interpreter.keepReusableFrame(frame);
        }
        frame.reuse(interpreter.currentFrame());
        frame.function = function;
        frame.receiver = receiver;
        frame.newTarget = newTarget;
        frame.bytecodeOffset = 0;
        frame.osrValues = null;
        return frame;
    }

    @Override
    public JSClosure function() {
        return function;
    }

    @Override
    public int bytecodeOffset() {
        return bytecodeOffset;
    }

    @Override
    public Object receiver() {
        return receiver;
    }

    @Override
    public JSObject newTarget() {
        return newTarget;
    }
}

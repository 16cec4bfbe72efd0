/*
 * The JsFrame of one activation of optimized code (V8's OptimizedFrame): pushed by
 * CompiledFunction.call for the whole activation, so stack traces, uncaught reports and
 * call-site messages see the function as they see an interpreted one. The generated code
 * writes `bytecodeOffset` before each operation that can call out or throw, so the frame
 * answers the line and column of the bytecode the running code came from (V8 answers from its
 * deopt data at the return address).
 */
package dev.kindling.backend.deopt;

import dev.kindling.interpreter.JSClosure;
import dev.kindling.interpreter.JsFrame;
import dev.kindling.runtime.JSObject;

public final class OptimizedFrame extends JsFrame {
    private final JSClosure function;
    private final Object receiver;
    private final JSObject newTarget;
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

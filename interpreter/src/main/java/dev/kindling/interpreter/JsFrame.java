/*
 * One activation of a JS function on Kindling's stack, whatever runs it: the interpreter's
 * InterpreterFrame, or a frame the optimizing tier pushes for optimized code (V8's
 * JavaScriptFrame, of which InterpretedFrame and OptimizedFrame are kinds). Everything that
 * walks the stack — error stacks (StackTraces), uncaught-exception reports, the words of a
 * call-site message ("o.m is not a function", CallPrinter) — reads frames through this class
 * only, so a frame that is not an InterpreterFrame shows as `at f (file.js:L:C)` the same way.
 *
 * What a frame must answer: its closure, the bytecode offset it is at (the source position of
 * that offset is the line and column shown; an optimized frame answers the offset of the
 * bytecode its current code came from, as V8's optimized frames answer from their deopt
 * data), its receiver and new.target (they name the frame: `Type.method`, `new F`), and its
 * caller. While a frame is calling a builtin it records which (setActiveBuiltin), so the
 * builtin shows as a native frame above it, as V8 shows `at Array.forEach (<anonymous>)`.
 *
 * Assumes: a frame's caller is the frame that was current when it was pushed (Interpreter
 * checks this in pushFrame). A generator's frame is pushed once per resumption, each time
 * under whoever resumed it, so it is relinked first (relink).
 */
package dev.kindling.interpreter;

import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;

public abstract class JsFrame {
    /** The frame that called this one, or null for the outermost; a generator's, the one resuming it. */
    JsFrame caller;
    /** The builtin this frame is calling right now, and its receiver (native frames in stack traces). */
    JSFunction activeBuiltin;
    Object activeReceiver;

    protected JsFrame(JsFrame caller) {
        this.caller = caller;
    }

    /** The closure this frame runs. */
    public abstract JSClosure function();

    /** The offset, in the function's bytecode, of the instruction this frame is executing. */
    public abstract int bytecodeOffset();

    /** The receiver (`this`) the function runs with, after sloppy-mode adjustment. */
    public abstract Object receiver();

    /** new.target: the constructor of a `new` call, null for a plain call. */
    public abstract JSObject newTarget();

    public final JsFrame caller() {
        return caller;
    }

    /**
     * A frame object reused for a new activation (the optimizing tier's frames, see
     * Interpreter.reusableFrame): it is about to be pushed onto `newCaller`, the current frame,
     * and forgets the builtin its previous activation last called.
     */
    protected final void reuse(JsFrame newCaller) {
        this.caller = newCaller;
        this.activeBuiltin = null;
        this.activeReceiver = null;
    }

    /** A suspended generator's frame, about to be resumed under `newCaller` (Interpreter.resumeGenerator). */
    final void relink(JsFrame newCaller) {
        this.caller = newCaller;
    }

    public final JSFunction activeBuiltin() {
        return activeBuiltin;
    }

    public final Object activeReceiver() {
        return activeReceiver;
    }

    /** Records the builtin this frame now calls (null when the call returns) and its receiver. */
    public final void setActiveBuiltin(JSFunction builtin, Object receiver) {
        this.activeBuiltin = builtin;
        this.activeReceiver = receiver;
    }

    /** The source position (offset in the script) of the current bytecode, or -1 if it has none. */
    final int sourcePosition() {
        return function().shared().bytecode().sourcePositions().sourcePositionAt(bytecodeOffset());
    }
}

/*
 * An Error instance (ECMA-262 §20.5): an ordinary object with [[ErrorData]]. It records the
 * JS stack at creation, as V8's Error.captureStackTrace does, and exposes it as the `stack`
 * own property in node's format ("TypeError: message\n    at f (file:L:C)...").
 */
package dev.kindling.runtime;

import java.util.List;

public final class JSError extends JSObject {
    private final List<StackFrameInfo> frames;

    public JSError(Shape shape, List<StackFrameInfo> frames) {
        super(shape);
        this.frames = List.copyOf(frames);
    }

    public List<StackFrameInfo> frames() {
        return frames;
    }

    @Override
    public String className() {
        return "Error";
    }
}

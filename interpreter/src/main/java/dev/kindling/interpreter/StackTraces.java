/*
 * The JS stack as node prints it: one StackFrameInfo per JsFrame (interpreted or optimized
 * alike: only JsFrame's accessors are read), innermost first,
 * each with V8's function naming — `f`, `new F`, `Type.method` for a method called on an
 * object, `Object.<anonymous>` for a module's top-level code — and the line and column of
 * the frame's current bytecode (for callers, the call they are in).
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.frontend.ast.Source;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.StackFrameInfo;

import java.util.ArrayList;
import java.util.List;

final class StackTraces {
    private StackTraces() {
    }

    /**
     * The stack from `top` down, at most `limit` frames. `pendingBuiltin` names a builtin that raised the error being
     * made (it has already returned, so no frame shows it any more); each frame below the top
     * that is in the middle of calling a builtin gets that builtin's native frame above it.
     */
    static List<StackFrameInfo> capture(JsFrame top, String pendingBuiltin, int limit) {
        List<StackFrameInfo> frames = new ArrayList<>();
        if (pendingBuiltin != null) {
            frames.add(StackFrameInfo.builtin(pendingBuiltin));
        }
        for (JsFrame f = top; f != null && frames.size() < limit; f = f.caller) {
            if (f != top && f.activeBuiltin != null) {
                frames.add(StackFrameInfo.builtin(builtinName(f.activeBuiltin, f.activeReceiver, f.function().realm())));
                if (frames.size() == limit) {
                    break;
                }
            }
            frames.add(describe(f));
            if (f.caller == null && f instanceof InterpreterFrame bottom && bottom.asyncFunction != null) {
                addAsyncFrames(bottom.asyncFunction, frames, limit);
            }
        }
        return frames;
    }

    /**
     * V8's async stack trace (CaptureAsyncStackTrace): below an async function resumed from a
     * microtask, each async function awaiting the promise of the one above — `at async outer
     * (file:L:C)`, at the await it is suspended in. Only awaits of async functions are followed
     * (V8 also follows Promise.all and async generators; Kindling does not).
     */
    private static void addAsyncFrames(AsyncFunctionObject resumed, List<StackFrameInfo> frames, int limit) {
        for (AsyncFunctionObject caller = resumed.awaitedBy(); caller != null && frames.size() < limit;
                caller = caller.awaitedBy()) {
            InterpreterFrame frame = caller.callFrame();
            if (frame == null) {
                return;
            }
            StackFrameInfo info = describe(frame);
            frames.add(new StackFrameInfo("async " + info.functionName(), info.fileName(), info.line(), info.column()));
        }
    }

    /** V8's name of a native frame: the receiver's type and the function, "Array.forEach". */
    static String builtinName(JSFunction fn, Object receiver, dev.kindling.runtime.Realm realm) {
        String name = fn.debugName();
        String type = null;
        if (receiver instanceof String) {
            type = "String";
        } else if (receiver instanceof Integer || receiver instanceof Double) {
            type = "Number";
        } else if (receiver instanceof Boolean) {
            type = "Boolean";
        } else if (receiver instanceof JSObject o && o != realm.global()) {
            type = typeName(o);
            if (type.equals("Object") && !o.className().equals("Object")) {
                type = o.className(); // JSON, Math: their @@toStringTag
            }
        }
        return type == null ? name : type + "." + name;
    }

    static StackFrameInfo describe(JsFrame f) {
        SharedFunctionInfo shared = f.function().shared();
        Source source = shared.script().source();
        int pos = Math.max(0, f.sourcePosition());
        String origin = shared.script().evalOrigin();
        String file = origin == null ? source.fileName() : "eval at " + origin + ", " + source.fileName();
        return new StackFrameInfo(functionName(f), file, source.line(pos), source.column(pos));
    }


    private static String functionName(JsFrame f) {
        SharedFunctionInfo shared = f.function().shared();
        if (shared.isTopLevel() && shared.script().evalOrigin() != null) {
            return "eval"; // eval code's own frame, as V8 names it
        }
        if (shared.isTopLevel()) {
            // A module's top level runs with `this` = exports; a program from stdin, with `this` the
            // global object, is a script to V8 and its frame has no name ("at [stdin]:2:1").
            return f.receiver() == f.function().realm().global() ? "" : "Object.<anonymous>";
        }
        String name = shared.name();
        if (f.newTarget() != null) {
            return "new " + (name.isEmpty() ? "<anonymous>" : name);
        }
        Object receiver = f.receiver();
        if (receiver instanceof JSObject o && receiver != f.function().realm().global() && !shared.isArrow()) {
            String method = methodName(o, f.function());
            String shown = name.isEmpty() ? (method == null ? "<anonymous>" : method)
                    : method == null || method.equals(name) ? name : name + " [as " + method + "]";
            return typeName(o) + "." + shown;
        }
        return name;
    }

    /** The key under which the receiver (or its prototypes) holds the function (V8's GetMethodName). */
    private static String methodName(JSObject receiver, JSFunction function) {
        for (JSObject o = receiver; o != null; o = o.getPrototype()) {
            for (String key : o.ownKeys()) {
                if (o.getOwnRaw(key) == function) {
                    return key;
                }
            }
        }
        return null;
    }

    private static String typeName(JSObject o) {
        if (o instanceof JSFunction f) {
            return f.debugName().isEmpty() ? "Function" : f.debugName(); // a static method: "Foo.s"
        }
        if (o instanceof InterpretedGenerator g && !g.functionName().isEmpty()) {
            return g.functionName(); // "g.next"; an anonymous one is "Generator.next", its class name
        }
        // The first `constructor` data property on the chain: reading it must run no JS (a getter
        // that throws would make an error whose stack trace reads it again, without end).
        for (JSObject p = o; p != null; p = p.getPrototype()) {
            Object ctor = p.getOwnRaw("constructor");
            if (ctor instanceof JSFunction fn) {
                return fn.debugName().isEmpty() ? "Object" : fn.debugName();
            }
        }
        return "Object";
    }
}

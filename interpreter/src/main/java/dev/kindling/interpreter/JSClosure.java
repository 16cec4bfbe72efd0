/*
 * A function made from JS source (V8's JSFunction with bytecode): its SharedFunctionInfo,
 * the Context it closed over, and its feedback vector, made on the first call. Calling it
 * runs the interpreter; `new` on it builds the receiver from its `prototype` first.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.builtins.HasSourceText;

public final class JSClosure extends JSFunction implements HasSourceText {
    private final SharedFunctionInfo shared;
    private final Context context;
    private final Interpreter interpreter;
    private FeedbackVector feedback;

    JSClosure(Interpreter interpreter, SharedFunctionInfo shared, Context context) {
        super(interpreter.realm(), interpreter.realm().functionPrototype().childRootShape(),
                shared.name(), shared.length(), shared.isConstructor() && !shared.isTopLevel());
        this.interpreter = interpreter;
        this.shared = shared;
        this.context = context;
    }

    public SharedFunctionInfo shared() {
        return shared;
    }

    public Context context() {
        return context;
    }

    /** The feedback vector, made (and the bytecode compiled) on first use. */
    public FeedbackVector feedbackVector() {
        FeedbackVector f = feedback;
        return f != null ? f : createFeedbackVector(); // tiny, so every call inlines it
    }

    private FeedbackVector createFeedbackVector() {
        FeedbackVector f = new FeedbackVector(shared.bytecode().feedbackMetadata());
        feedback = f;
        interpreter.feedbackVectorCreated(this);
        return f;
    }

    /** Whether the function has run (or been compiled for a feedback query) yet. */
    public boolean hasFeedbackVector() {
        return feedback != null;
    }

    @Override
    public String sourceText() {
        if (shared.isTopLevel()) {
            return shared.script().source().text();
        }
        String text = shared.script().source().text();
        return text.substring(shared.literal().pos(), Math.min(text.length(), shared.literal().end()));
    }

    @Override
    public Object call(Object thisArg, Object[] args) {
        return interpreter.call(this, thisArg, args, null);
    }

    @Override
    public Object construct(Object[] args, JSObject newTarget) {
        if (!isConstructor()) {
            return super.construct(args, newTarget);
        }
        JSObject receiver = interpreter.realm().newObject(prototypeForConstruct(newTarget));
        Object result = interpreter.call(this, receiver, args, newTarget);
        return result instanceof JSObject ? result : receiver;
    }

    @Override
    public boolean isConstructor() {
        return shared.isConstructor();
    }
}

/*
 * A function made from JS source (V8's JSFunction with bytecode): its SharedFunctionInfo,
 * the Context it closed over, and its FeedbackCell, which holds the feedback vector shared
 * with every closure made at the same CreateClosure site (see FeedbackCell), made on the
 * first call of any of them. Calling it runs the interpreter; `new` on it builds the receiver
 * from its `prototype` first.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.diagnostics.FeedbackPrinter;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.HasSourceText;
import dev.kindling.runtime.builtins.PrimitiveWrapper;

public final class JSClosure extends JSFunction implements HasSourceText, FeedbackPrinter.SourceFunction {
    private final SharedFunctionInfo shared;
    private final Context context;
    private final Interpreter interpreter;
    private final FeedbackCell cell;

    JSClosure(Interpreter interpreter, SharedFunctionInfo shared, Context context, FeedbackCell cell) {
        super(interpreter.realm(), functionPrototype(interpreter.realm(), shared).childRootShape(),
                shared.name(), shared.length(), shared.hasLazyPrototype(), shared.hasSloppyFunctionProperties());
        this.interpreter = interpreter;
        this.shared = shared;
        this.context = context;
        this.cell = cell;
        cell.closureCreated();
    }

    /**
     * OrdinaryCallBindThis (ECMA-262 §10.2.1.2): the `this` a call of this function sees. Strict
     * code takes the receiver as given; sloppy code sees the global object for undefined or
     * null and a wrapper object for a primitive (`String.prototype.m = function () { return
     * typeof this; }` gives "object"). Maglev's ConvertReceiver node does the same for an
     * inlined callee.
     */
    public Object receiverFor(Object receiver) {
        if (shared().isStrict() || receiver instanceof JSObject) {
            return receiver;
        }
        return Oddball.isNullish(receiver) ? realm().global() : PrimitiveWrapper.wrap(realm(), receiver);
    }

    @Override
    public SharedFunctionInfo shared() {
        return shared;
    }

    public Context context() {
        return context;
    }

    public FeedbackCell feedbackCell() {
        return cell;
    }

    /**
     * The feedback vector of this closure's cell, made (and the bytecode compiled) on first use
     * by any closure of the cell.
     */
    public FeedbackVector feedbackVector() {
        FeedbackVector f = cell.vector;
        return f != null ? f : createFeedbackVector(); // tiny, so every call inlines it
    }

    private FeedbackVector createFeedbackVector() {
        FeedbackVector f = new FeedbackVector(shared);
        cell.vector = f;
        interpreter.feedbackVectorCreated(cell);
        return f;
    }

    /**
     * The site optimized code's direct calls of this closure with `argc` arguments are linked to
     * (see DirectCallSites); its type is DirectCallSites.type(argc).
     */
    public java.lang.invoke.MutableCallSite directCallSite(int argc) {
        return feedbackVector().directCallSite(interpreter, argc);
    }

    /** Whether a call of this closure must go through the tiering manager (see FeedbackVector.entersTier). */
    boolean entersTier() {
        FeedbackVector f = cell.vector;
        return f != null && f.entersTier();
    }

    /** Whether a closure of this one's cell has run (or been compiled for a feedback query) yet. */
    public boolean hasFeedbackVector() {
        return cell.vector != null;
    }

    @Override
    public String sourceText() {
        if (shared.isTopLevel()) {
            return shared.script().source().text();
        }
        String text = shared.script().source().text();
        if (shared.classLiteral() != null) {
            return text.substring(shared.classLiteral().pos(), Math.min(text.length(), shared.classLiteral().end()));
        }
        return text.substring(shared.literal().pos(), Math.min(text.length(), shared.literal().end()));
    }

    @Override
    public Object call(Object thisArg, Object[] args) {
        if (shared.isClassConstructor()) {
            throw JSException.typeError("Class constructor " + shared.name() + " cannot be invoked without 'new'");
        }
        return interpreter.call(this, thisArg, args, null);
    }

    @Override
    public Object construct(Object[] args, JSObject newTarget) {
        if (!isConstructor()) {
            return super.construct(args, newTarget);
        }
        if (shared.isDerivedConstructor()) {
            // `this` starts as the hole and is bound by super(); every return of the body
            // yields `this` in place of undefined (checked there), so anything else is an error.
            Object result = interpreter.call(this, Oddball.THE_HOLE, args, newTarget);
            if (result instanceof JSObject) {
                return result;
            }
            throw JSException.typeError("Derived constructors may only return object or undefined");
        }
        JSObject receiver = interpreter.realm().newConstructedObject(prototypeForConstruct(newTarget));
        return constructed(interpreter.call(this, receiver, args, newTarget), receiver);
    }

    /**
     * construct() of a base (not derived) constructor over a register file the caller filled
     * in (see Interpreter.callWithRegisters), for code that never reads its argument list.
     */
    Object constructWithRegisters(Object[] registers, JSObject newTarget) {
        JSObject receiver = interpreter.realm().newConstructedObject(prototypeForConstruct(newTarget));
        return constructed(interpreter.callWithRegisters(this, receiver, registers, newTarget), receiver);
    }

    /** What `new` yields: the body's result if it returned an object, else the receiver. */
    private static Object constructed(Object result, JSObject receiver) {
        return result instanceof JSObject ? result : receiver;
    }

    @Override
    public boolean isConstructor() {
        return shared.isConstructor();
    }

    @Override
    public String functionType() {
        return shared.isAsyncGenerator() ? "AsyncGeneratorFunction" : shared.isGenerator() ? "GeneratorFunction"
                : shared.isAsyncFunction() ? "AsyncFunction" : "Function";
    }

    /**
     * The [[Prototype]] of a closure: %Function.prototype%, or for a generator
     * %GeneratorFunction.prototype%, an async function %AsyncFunction.prototype%, an async
     * generator %AsyncGeneratorFunction.prototype% (§27.3-27.7).
     */
    private static JSObject functionPrototype(dev.kindling.runtime.Realm realm, SharedFunctionInfo shared) {
        return shared.isAsyncGenerator() ? realm.asyncGeneratorFunctionPrototype()
                : shared.isGenerator() ? realm.generatorFunctionPrototype()
                : shared.isAsyncFunction() ? realm.asyncFunctionPrototype() : realm.functionPrototype();
    }

    @Override
    protected JSObject newPrototypeObject() {
        return shared.isAsyncGenerator() ? interpreter.realm().newObject(interpreter.realm().asyncGeneratorPrototype())
                : shared.isGenerator() ? interpreter.realm().newObject(interpreter.realm().generatorPrototype())
                : super.newPrototypeObject();
    }
}

/*
 * A generator object (V8's JSGeneratorObject, ECMA-262 §27.5): what calling a generator
 * function returns, and what %GeneratorPrototype%'s next, return and throw resume.
 *
 * Its state is V8's: a `continuation` that is the suspend id the function last suspended at
 * (the SuspendGenerator's [n], which the function's SwitchOnGeneratorState jumps by), or
 * EXECUTING while it runs, or CLOSED once it returned or threw; and the resume mode and value
 * of the resumption in progress, which the resumed bytecode reads (ResumeGenerator,
 * GetGeneratorState). The suspended function itself — its registers, context and offset — is
 * an interpreter frame the subclass keeps (interpreter.InterpretedGenerator), as V8 keeps the
 * register file in the generator: this package does not know the interpreter.
 *
 * The state machine of GeneratorResume and GeneratorResumeAbrupt (§27.5.3.3-4) is resume():
 * a running generator refuses ("Generator is already running"), a closed one answers
 * without running anything, and otherwise the frame runs until it suspends (its result is
 * then the iterator result the bytecode made, or yield*'s inner result as it was) or
 * returns ({value, done: true}) or throws (the generator is closed either way). A generator
 * not yet started needs no state of its own: the function suspended at its initial yield
 * (suspend id 0) before its body began, and a return or throw there leaves at once, as the
 * spec's suspendedStart does.
 *
 * Async functions and async generators are generator objects too (V8's JSAsyncFunctionObject
 * and JSAsyncGeneratorObject derive from JSGeneratorObject): await() is §27.7.5.3 Await on
 * them, whose reactions resume the frame from a microtask (resumeAfterAwait).
 */
package dev.kindling.runtime;

public abstract class JSGeneratorObject extends JSObject {
    /** How a generator is resumed; the ordinals are the Smis GetGeneratorState loads (V8's ResumeMode). */
    public enum ResumeMode { NEXT, RETURN, THROW }

    /** V8's JSGeneratorObject::kGeneratorExecuting. */
    public static final int EXECUTING = -2;
    /** V8's JSGeneratorObject::kGeneratorClosed. */
    public static final int CLOSED = -1;

    private int continuation;
    private ResumeMode resumeMode = ResumeMode.NEXT;
    private Object input = Oddball.UNDEFINED;

    protected JSGeneratorObject(JSObject prototype) {
        super(prototype.childRootShape());
    }

    @Override
    public String className() {
        return "Generator";
    }

    /**
     * Runs the suspended function until it suspends again (returning what SuspendGenerator
     * returned) or returns (its return value); throws what it throws.
     */
    protected abstract Object runFrame();

    /** Forgets the frame of a closed generator (nothing will run it again). */
    protected abstract void dropFrame();

    /** SuspendGenerator: the function leaves at suspend id `id`. */
    public final void suspendAt(int id) {
        continuation = id;
    }

    /** SwitchOnGeneratorState: the suspend id to resume at; the generator is running from now on. */
    public final int startExecuting() {
        int id = continuation;
        continuation = EXECUTING;
        return id;
    }

    /** ResumeGenerator: the value this resumption brings (next's argument, return's value, throw's exception). */
    public final Object input() {
        return input;
    }

    /** GetGeneratorState: how this resumption came. */
    public final ResumeMode resumeMode() {
        return resumeMode;
    }

    public final boolean isClosed() {
        return continuation == CLOSED;
    }

    /** Whether the frame runs now (a resumption, or the function's first call). */
    public final boolean isExecuting() {
        return continuation == EXECUTING;
    }

    /** next(value), return(value), throw(value): GeneratorResume / GeneratorResumeAbrupt. */
    public final Object resume(Realm realm, ResumeMode mode, Object value) {
        if (continuation == EXECUTING) {
            throw JSException.typeError("Generator is already running");
        }
        if (continuation == CLOSED) {
            return switch (mode) {
                case NEXT -> realm.newIterResult(Oddball.UNDEFINED, true);
                case RETURN -> realm.newIterResult(value, true);
                case THROW -> throw new JSException(value);
            };
        }
        Object result = run(mode, value);
        return isClosed() ? realm.newIterResult(result, true) : result;
    }

    /**
     * Runs the suspended frame with this resumption until it suspends (returning what
     * SuspendGenerator returned) or ends (its return value; the generator is closed then, as it
     * is when the frame throws).
     */
    protected final Object run(ResumeMode mode, Object value) {
        resumeMode = mode;
        input = value;
        boolean finished = true;
        try {
            Object result = runFrame();
            finished = continuation == EXECUTING; // still running: it returned rather than suspended
            return result;
        } finally {
            input = Oddball.UNDEFINED; // the value is the frame's now; keep nothing alive for it
            if (finished) {
                continuation = CLOSED;
                dropFrame();
            }
        }
    }

    /**
     * Await(value) (§27.7.5.3) in the async function or async generator of this object:
     * PromiseResolve(%Promise%, value) — a native promise as it is, so awaiting it costs one
     * job, a thenable adopted through NewPromiseResolveThenableJob first — then reactions that
     * resume the frame with the fulfilment (next) or the rejection (throw). No derived promise
     * is made (V8 since 7.2, the spec since ES2019's "await optimization").
     */
    public final void await(Realm realm, Object value) {
        JSPromise promise = JSPromise.promiseResolve(realm, value);
        promise.performThen(new AwaitContinuation(this, ResumeMode.NEXT), new AwaitContinuation(this, ResumeMode.THROW));
    }

    /**
     * A reaction of an await (V8's AsyncFunctionAwaitResolveClosure and ...RejectClosure): it
     * resumes `generator` with the settled value, as next (fulfilled) or throw (rejected). Async
     * stack traces find the awaiting function through it.
     */
    public record AwaitContinuation(JSGeneratorObject generator, ResumeMode mode) implements JSPromise.JavaHandler {
        @Override
        public Object handle(Object argument) {
            generator.resumeAfterAwait(mode, argument);
            return Oddball.UNDEFINED;
        }
    }

    /** An awaited promise settled: the frame goes on (from the job that reacts to it). */
    protected void resumeAfterAwait(ResumeMode mode, Object value) {
        run(mode, value);
    }
}

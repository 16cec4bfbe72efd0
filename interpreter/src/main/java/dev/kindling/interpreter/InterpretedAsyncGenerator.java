/*
 * An async generator object whose function runs in the interpreter (ECMA-262 §27.6, V8's
 * JSAsyncGeneratorObject): a generator's frame plus a queue of requests. Each next(v),
 * return(v) and throw(e) is a request with a promise of its own (AsyncGeneratorEnqueue); the
 * generator serves the request at the head of the queue by running its frame with it, and the
 * frame settles that request's promise — {value, done: false} at a yield (once the yielded
 * value is awaited), {value, done: true} at its end, a rejection when it throws — through the
 * intrinsics AsyncGeneratorYieldWithAwait, AsyncGeneratorResolve and AsyncGeneratorReject
 * (AsyncGeneratorCompleteStep). Then the next request is served (AsyncGeneratorResumeNext, as
 * V8 still has it: a request waiting when the generator yields resumes it at once, without
 * suspending, as §27.6.3.8 step 10 says).
 *
 * While the frame runs, or waits for an awaited promise, requests only queue up. A request to a
 * completed generator is answered without running anything: next gives {undefined, done: true},
 * throw rejects, return awaits its value and gives {value, done: true} (AsyncGeneratorAwaitReturn).
 * A return or throw before the start runs the frame, whose initial yield returns or throws at
 * once (see YieldGenerator.createGeneratorObject), which is the spec's closing of a
 * suspendedStart generator.
 */
package dev.kindling.interpreter;

import dev.kindling.runtime.JSAsyncGenerator;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSPromise;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Realm;

import java.util.ArrayDeque;

final class InterpretedAsyncGenerator extends InterpretedGenerator implements JSAsyncGenerator {
    /** An AsyncGeneratorRequest Record (§27.6.3.1): a completion and the promise it settles. */
    private record Request(ResumeMode mode, Object value, JSPromise promise) {
    }

    private final Realm realm;
    private final ArrayDeque<Request> queue = new ArrayDeque<>();
    /** The frame waits for an awaited promise (an await, or a yield's operand): it cannot be resumed now. */
    private boolean awaiting;

    private InterpretedAsyncGenerator(Interpreter interpreter, JSObject prototype, InterpreterFrame frame) {
        super(interpreter, prototype, frame);
        this.realm = interpreter.realm();
    }

    /**
     * [_AsyncGeneratorEnter](closure, receiver) in the function's first frame: the object inherits
     * closure.prototype if that is an object, else %AsyncGeneratorPrototype% (§27.6.3.2 step 2).
     */
    static InterpretedAsyncGenerator create(Interpreter interpreter, InterpreterFrame frame, JSClosure closure) {
        Object prototype = closure.get("prototype");
        return new InterpretedAsyncGenerator(interpreter, prototype instanceof JSObject p ? p
                : interpreter.realm().asyncGeneratorPrototype(), frame);
    }

    @Override
    public String className() {
        return "AsyncGenerator";
    }

    @Override
    public JSPromise enqueue(Realm realm, ResumeMode mode, Object value) {
        JSPromise promise = JSPromise.create(realm);
        queue.addLast(new Request(mode, value, promise));
        resumeNext();
        return promise;
    }

    /** AsyncGeneratorResumeNext: serve requests until the queue is empty or the frame runs or awaits. */
    private void resumeNext() {
        while (!awaiting && !isExecuting() && !queue.isEmpty()) {
            Request next = queue.peekFirst();
            if (!isClosed()) {
                run(next.mode, next.value);
                continue;
            }
            switch (next.mode) {
                case NEXT -> complete(Oddball.UNDEFINED, true);
                case THROW -> reject(next.value);
                case RETURN -> {
                    awaitReturn(next.value);
                    return;
                }
            }
        }
    }

    /** AsyncGeneratorAwaitReturn (§27.6.3.9): return(v) of a completed generator awaits v first. */
    private void awaitReturn(Object value) {
        JSPromise promise;
        try {
            promise = JSPromise.promiseResolve(realm, value);
        } catch (JSException e) {
            reject(e.value(realm));
            resumeNext();
            return;
        }
        awaiting = true;
        promise.performThen(v -> {
            awaiting = false;
            complete(v, true);
            resumeNext();
            return Oddball.UNDEFINED;
        }, e -> {
            awaiting = false;
            reject(e);
            resumeNext();
            return Oddball.UNDEFINED;
        });
    }

    /** [_AsyncGeneratorAwait*](value): the frame waits for value; the reaction resumes it. */
    void awaitValue(Object value) {
        await(realm, value);
        awaiting = true;
    }

    @Override
    protected void resumeAfterAwait(ResumeMode mode, Object value) {
        awaiting = false;
        run(mode, value);
        resumeNext();
    }

    /**
     * [_AsyncGeneratorYieldWithAwait](value): await value; its fulfilment completes the head
     * request with {value, done: false} (the frame stays suspended at the yield until a request
     * resumes it), its rejection is thrown at the yield.
     */
    void yieldWithAwait(Object value) {
        JSPromise promise = JSPromise.promiseResolve(realm, value);
        awaiting = true;
        promise.performThen(v -> {
            awaiting = false;
            complete(v, false);
            resumeNext();
            return Oddball.UNDEFINED;
        }, e -> {
            resumeAfterAwait(ResumeMode.THROW, e);
            return Oddball.UNDEFINED;
        });
    }

    /** AsyncGeneratorCompleteStep with a normal completion: the head request gets {value, done}. */
    void complete(Object value, boolean done) {
        Request request = queue.pollFirst();
        if (request != null) {
            request.promise.resolve(realm.newIterResult(value, done));
        }
    }

    /** AsyncGeneratorCompleteStep with a throw completion: the head request is rejected. */
    void reject(Object reason) {
        Request request = queue.pollFirst();
        if (request != null) {
            request.promise.reject(reason);
        }
    }
}

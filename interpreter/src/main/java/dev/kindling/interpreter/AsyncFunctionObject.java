/*
 * The generator object of a call of an async function (V8's JSAsyncFunctionObject, §27.7.5.1
 * AsyncFunctionStart): the function's frame, kept across awaits as a generator keeps it, and the
 * promise the call returns. Never seen by JS: only the function's own bytecode holds it (the
 * register InvokeIntrinsic [_AsyncFunctionEnter] fills).
 */
package dev.kindling.interpreter;

import dev.kindling.runtime.JSGeneratorObject;
import dev.kindling.runtime.JSPromise;

final class AsyncFunctionObject extends InterpretedGenerator {
    /** The promise the call returns, settled by [_AsyncFunctionResolve] or [_AsyncFunctionReject]. */
    final JSPromise promise;

    AsyncFunctionObject(Interpreter interpreter, InterpreterFrame frame) {
        super(interpreter, interpreter.realm().objectPrototype(), frame);
        this.promise = JSPromise.create(interpreter.realm());
        frame.asyncFunction = this;
    }

    /** The frame of the call (the generator keeps it while suspended; null once it has ended). */
    InterpreterFrame callFrame() {
        return frame();
    }

    /**
     * The async function whose await waits for this call's promise — `outer` in `await inner()`,
     * the next frame of an async stack trace — if that await is the promise's one reaction.
     */
    AsyncFunctionObject awaitedBy() {
        return promise.soleReaction() instanceof JSGeneratorObject.AwaitContinuation c
                && c.generator() instanceof AsyncFunctionObject caller ? caller : null;
    }

    @Override
    public String className() {
        return "AsyncFunctionObject";
    }
}

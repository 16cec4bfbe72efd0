/*
 * The generator object of a call of an async function (V8's JSAsyncFunctionObject, §27.7.5.1
 * AsyncFunctionStart): the function's frame, kept across awaits as a generator keeps it, and the
 * promise the call returns. Never seen by JS: only the function's own bytecode holds it (the
 * register InvokeIntrinsic [_AsyncFunctionEnter] fills).
 */
package dev.kindling.interpreter;

import dev.kindling.runtime.JSPromise;

final class AsyncFunctionObject extends InterpretedGenerator {
    /** The promise the call returns, settled by [_AsyncFunctionResolve] or [_AsyncFunctionReject]. */
    final JSPromise promise;

    AsyncFunctionObject(Interpreter interpreter, InterpreterFrame frame) {
        super(interpreter, interpreter.realm().objectPrototype(), frame);
        this.promise = JSPromise.create(interpreter.realm());
    }

    @Override
    public String className() {
        return "AsyncFunctionObject";
    }
}

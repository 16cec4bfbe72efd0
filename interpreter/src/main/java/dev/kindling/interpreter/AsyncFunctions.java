/*
 * The intrinsics of async functions and async generators (bytecode.Intrinsic), which
 * InvokeIntrinsic calls: each is a few lines on the function's generator object — an
 * AsyncFunctionObject (its promise) or an InterpretedAsyncGenerator (its request queue).
 * generator/AwaitGenerator shows the bytecode around each call.
 *
 * Assumes: only the bytecode generator emits InvokeIntrinsic, with the operands its table entry
 * names (the generator object first). Guarantees: an await never resumes its frame before the
 * awaited promise's reaction job runs (the frame suspends first: the intrinsic only registers
 * the reactions).
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.Intrinsic;
import dev.kindling.runtime.Oddball;

final class AsyncFunctions {
    private AsyncFunctions() {
    }

    static Object invoke(Interpreter interpreter, InterpreterFrame frame, Intrinsic intrinsic, Object[] args) {
        switch (intrinsic) {
            case AsyncFunctionEnter -> {
                return new AsyncFunctionObject(interpreter, frame);
            }
            case AsyncFunctionAwaitUncaught, AsyncFunctionAwaitCaught -> {
                AsyncFunctionObject function = (AsyncFunctionObject) args[0];
                function.await(interpreter.realm(), args[1]);
                return function.promise; // what the call returns if this is its first suspension
            }
            case AsyncFunctionResolve -> {
                AsyncFunctionObject function = (AsyncFunctionObject) args[0];
                function.promise.resolve(args[1]);
                return function.promise;
            }
            case AsyncFunctionReject -> {
                AsyncFunctionObject function = (AsyncFunctionObject) args[0];
                function.promise.reject(args[1]);
                return function.promise;
            }
            case AsyncGeneratorEnter -> {
                return InterpretedAsyncGenerator.create(interpreter, frame, (JSClosure) args[0]);
            }
            case AsyncGeneratorAwaitUncaught, AsyncGeneratorAwaitCaught ->
                    ((InterpretedAsyncGenerator) args[0]).awaitValue(args[1]);
            case AsyncGeneratorYieldWithAwait -> ((InterpretedAsyncGenerator) args[0]).yieldWithAwait(args[1]);
            case AsyncGeneratorResolve -> ((InterpretedAsyncGenerator) args[0]).complete(args[1], args[2] == Boolean.TRUE);
            case AsyncGeneratorReject -> ((InterpretedAsyncGenerator) args[0]).reject(args[1]);
        }
        return Oddball.UNDEFINED;
    }
}

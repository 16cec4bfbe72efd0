/*
 * The intrinsics InvokeIntrinsic can call (V8's IntrinsicsHelper::IntrinsicId, from
 * src/interpreter/interpreter-intrinsics.h): runtime functions the bytecode generator emits for
 * async functions and async generators, printed as V8 prints them, `InvokeIntrinsic
 * [_AsyncFunctionAwaitUncaught], r1-r2`. The operand stores the ordinal (one byte, as in V8).
 *
 * Each entry names what it does in terms of ECMA-262's abstract operations; the interpreter
 * dispatches them to interpreter/AsyncFunctions. None is reachable from JS (`%_Name` is not
 * natives syntax Kindling accepts). Appended only, so the ids of the entries above stay put.
 */
package dev.kindling.bytecode;

public enum Intrinsic {
    /**
     * (closure, receiver): the async function's generator object (V8's JSAsyncFunctionObject),
     * with its promise, which the function returns at its first await or its end. §27.7.5.1
     * AsyncFunctionStart and the PromiseCapability made by the [[Call]] of an async function.
     */
    AsyncFunctionEnter(2),
    /**
     * (generator, value): Await(value) (§27.7.5.3) — PromiseResolve(%Promise%, value), then
     * PerformPromiseThen with reactions resuming the generator with next(v) or throw(e); returns
     * the function's promise. "Uncaught" and "Caught" differ only in V8's catch prediction (an
     * await in a try block of the function is Caught); both behave the same.
     */
    AsyncFunctionAwaitUncaught(2),
    AsyncFunctionAwaitCaught(2),
    /** (generator, value): resolves the function's promise with value; returns the promise. */
    AsyncFunctionResolve(2),
    /** (generator, reason): rejects the function's promise; returns the promise. */
    AsyncFunctionReject(2),
    /**
     * (closure, receiver): an async generator object (§27.6) with an empty request queue,
     * Kindling's twin of V8's _CreateJSGeneratorObject for async generators.
     */
    AsyncGeneratorEnter(2),
    /** (generator, value): Await(value) inside an async generator (as AsyncFunctionAwait*). */
    AsyncGeneratorAwaitUncaught(2),
    AsyncGeneratorAwaitCaught(2),
    /**
     * (generator, value, isCaught): `yield value` — awaits value, then completes the request at
     * the head of the queue with {value, done: false} (§27.6.3.8 AsyncGeneratorYield); the
     * generator stays suspended until the next request resumes it.
     */
    AsyncGeneratorYieldWithAwait(3),
    /** (generator, value, done): completes the request at the head of the queue with {value, done}. */
    AsyncGeneratorResolve(3),
    /** (generator, reason): completes the request at the head of the queue with a rejection. */
    AsyncGeneratorReject(2);

    private static final Intrinsic[] VALUES = values();

    private final int argumentCount;

    Intrinsic(int argumentCount) {
        this.argumentCount = argumentCount;
    }

    public static Intrinsic fromId(int id) {
        return VALUES[id];
    }

    /** How many arguments InvokeIntrinsic passes. */
    public int argumentCount() {
        return argumentCount;
    }
}

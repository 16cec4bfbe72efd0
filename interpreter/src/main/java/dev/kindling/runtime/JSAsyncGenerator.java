/*
 * An async generator object (ECMA-262 §27.6): what %AsyncGeneratorPrototype%'s next, return and
 * throw (runtime.builtins.AsyncBuiltins) hand their request to. The object and its request queue
 * live in the interpreter (interpreter.InterpretedAsyncGenerator), whose frame it resumes; this
 * package knows it only through this door.
 */
package dev.kindling.runtime;

public interface JSAsyncGenerator {
    /**
     * AsyncGeneratorEnqueue (§27.6.3.3) and, unless the generator runs or awaits,
     * AsyncGeneratorResumeNext: the request's promise, settled with {value, done} when the
     * generator gets to it.
     */
    JSPromise enqueue(Realm realm, JSGeneratorObject.ResumeMode mode, Object value);
}

/*
 * A generator object whose function runs in the interpreter (DESIGN.md stage 8: a suspended
 * generator is an InterpreterFrame, the same object deopt and OSR rebuild). It keeps the
 * frame of the generator function's first call, made by CreateJSGeneratorObject while that
 * frame ran: at each SuspendGenerator the frame simply stops (its registers, context,
 * accumulator and offset stay as they are, where V8 copies the register file into the
 * generator), and each resumption runs the same frame again from offset 0, where
 * SwitchOnGeneratorState jumps to the resume point (Interpreter.resumeGenerator).
 *
 * Generator functions never run in optimized code (the optimizing tier refuses them), so the
 * frame is always an interpreter frame.
 *
 * Also the runtime functions of generators (CreateJSGeneratorObject, YieldStarStep), which
 * InterpreterRuntime dispatches here.
 */
package dev.kindling.interpreter;

import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSGeneratorObject;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.builtins.Inspect;
import dev.kindling.runtime.builtins.Iterators;

class InterpretedGenerator extends JSGeneratorObject {
    private final Interpreter interpreter;
    /** The generator function (V8's JSGeneratorObject::function). */
    private final JSClosure function;
    /** The generator function's frame; null once the generator is closed. */
    private InterpreterFrame frame;

    InterpretedGenerator(Interpreter interpreter, JSObject prototype, InterpreterFrame frame) {
        super(prototype);
        this.interpreter = interpreter;
        this.function = frame.function;
        this.frame = frame;
    }

    /**
     * The name stack traces give the generator as a receiver, "g" in `at g.next (<anonymous>)`:
     * its function's, as V8 names an object by the constructor of its map (a generator's map is
     * made from its function); "" for an anonymous one.
     */
    String functionName() {
        return function.shared().name();
    }

    /**
     * CreateJSGeneratorObject(closure, receiver) in `frame`, the generator function's first
     * call: the object inherits closure.prototype if that is an object (§27.5.3.1
     * OrdinaryCreateFromConstructor), else %GeneratorPrototype%.
     */
    static JSGeneratorObject create(Interpreter interpreter, InterpreterFrame frame, JSClosure closure) {
        Object prototype = closure.get("prototype");
        return new InterpretedGenerator(interpreter, prototype instanceof JSObject p ? p
                : interpreter.realm().generatorPrototype(), frame);
    }

    @Override
    protected final Object runFrame() {
        return interpreter.resumeGenerator(frame);
    }

    /** The suspended frame; null once the generator is closed. */
    final InterpreterFrame frame() {
        return frame;
    }

    @Override
    protected final void dropFrame() {
        frame = null;
    }

    /**
     * YieldStarStep(iterator, next, received, mode): one call into the iterator `yield*`
     * delegates to, by how the generator was resumed (§15.5.5 YieldExpression: yield*, 7.a-c).
     * With `async` (AsyncYieldStarStep, an async generator's yield*) the result is a promise the
     * bytecode awaits and then checks, so it is not checked here.
     */
    static Object yieldStarStep(Realm realm, Object[] args, boolean async) {
        JSObject iterator = (JSObject) args[0];
        Object received = args[2];
        ResumeMode mode = ResumeMode.values()[(Integer) args[3]];
        Object result;
        switch (mode) {
            case NEXT -> result = callMethod(realm, args[1], iterator, received);
            case RETURN -> {
                Object method = iterator.get("return");
                if (Oddball.isNullish(method)) {
                    return realm.newIterResult(received, true); // the delegation ends: return `received`
                }
                result = callMethod(realm, method, iterator, received);
            }
            default -> {
                Object method = iterator.get("throw");
                if (Oddball.isNullish(method)) {
                    // The inner iterator cannot take the exception: close it, then complain.
                    Iterators.close(iterator);
                    throw JSException.typeError("The iterator does not provide a 'throw' method.");
                }
                result = callMethod(realm, method, iterator, received);
            }
        }
        if (!async && !(result instanceof JSObject)) {
            throw JSException.typeError("Iterator result " + Conversions.toString(result) + " is not an object");
        }
        return result;
    }

    private static Object callMethod(Realm realm, Object method, JSObject iterator, Object argument) {
        if (!(method instanceof JSFunction fn)) {
            throw JSException.typeError(Inspect.inspect(realm, method) + " is not a function");
        }
        return fn.call(iterator, new Object[] {argument});
    }
}

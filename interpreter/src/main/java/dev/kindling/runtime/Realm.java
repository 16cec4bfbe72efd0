/*
 * A realm (ECMA-262 §9.3): the intrinsic objects (Object.prototype, Array.prototype, the
 * Error prototypes...), the global object, and the host's streams. One engine owns one realm;
 * nothing here is static, so several engines can run side by side (the tests do).
 *
 * The realm also makes the objects the runtime needs (plain objects, arrays, errors,
 * builtin functions) with their intrinsic prototypes, so no other code has to know which
 * prototype or root shape a new object starts with.
 *
 * A realm made here holds the intrinsic objects but no builtin on them yet: the builtins
 * package installs those (Builtins.createRealm makes a realm and installs them), as V8's
 * Genesis fills a fresh native context. So the runtime never depends on its builtins.
 */
package dev.kindling.runtime;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

public final class Realm {
    /** Gives the JS stack at the current point of execution; the interpreter supplies it. */
    @FunctionalInterface
    public interface StackTraceProvider {
        /** At most `limit` frames, innermost first. */
        List<StackFrameInfo> capture(int limit);
    }

    /**
     * Words the TypeError of a property load from null or undefined, at the moment it is thrown
     * (V8's ErrorUtils::ThrowLoadFromNullOrUndefined, which looks at the running frame's
     * source position to tell a destructuring from a plain load). The interpreter supplies it.
     */
    @FunctionalInterface
    public interface LoadErrorMessage {
        /** keyText: the key's NoSideEffectsToString text, null when it has none. */
        String of(Object receiver, String keyText);
    }

    /** V8's default Error.stackTraceLimit. */
    public static final int DEFAULT_STACK_TRACE_LIMIT = 10;

    private final JSObject objectPrototype;
    private final JSObject functionPrototype;
    private final JSObject arrayPrototype;
    private final JSObject stringPrototype;
    private final JSObject numberPrototype;
    private final JSObject booleanPrototype;
    private final JSObject symbolPrototype;
    /** %IteratorPrototype% and the prototypes of the builtin iterators that inherit from it. */
    private final JSObject iteratorPrototype;
    private final JSObject arrayIteratorPrototype;
    private final JSObject stringIteratorPrototype;
    private final JSObject mapIteratorPrototype;
    private final JSObject setIteratorPrototype;
    /**
     * %GeneratorPrototype% (§27.5.1: next, return, throw; inherits %IteratorPrototype%) and
     * %GeneratorFunction.prototype% (§27.3.3: the [[Prototype]] of every generator function,
     * whose `prototype` is %GeneratorPrototype%).
     */
    private final JSObject generatorPrototype;
    private final JSObject generatorFunctionPrototype;
    /** %AsyncFunction.prototype% (§27.7.3): the [[Prototype]] of every async function. */
    private final JSObject asyncFunctionPrototype;
    /**
     * %AsyncIteratorPrototype% (§27.1.3: [Symbol.asyncIterator] returns this),
     * %AsyncGeneratorPrototype% (§27.6.1: next, return, throw) and
     * %AsyncGeneratorFunction.prototype% (§27.4.3), as the generator trio above;
     * %AsyncFromSyncIteratorPrototype% (§27.1.4.2) for CreateAsyncFromSyncIterator.
     */
    private final JSObject asyncIteratorPrototype;
    private final JSObject asyncGeneratorPrototype;
    private final JSObject asyncGeneratorFunctionPrototype;
    private final JSObject asyncFromSyncIteratorPrototype;
    private final JSObject mapPrototype;
    private final JSObject setPrototype;
    private final JSObject promisePrototype;
    private final JSObject regExpPrototype;
    /** The agent's job queue (HostEnqueuePromiseJob): promise jobs, queueMicrotask, await. */
    private final MicrotaskQueue microtasks = new MicrotaskQueue();
    private JSPromise.RejectionTracker rejectionTracker;
    private JSPromise.Hook promiseHook;
    /** %Promise%, the intrinsic constructor (set once, by the builtins installing it). */
    private JSFunction promiseConstructor;
    private int promiseCount;
    /**
     * %Array.prototype.values% and %ArrayIteratorPrototype%.next as installed: while an array
     * still iterates through both, spread may read its elements directly (see Iterators).
     */
    private JSFunction arrayValues;
    private JSFunction arrayIteratorNext;
    /** %Object.prototype.toString% and %Error.prototype.toString% as installed (NoSideEffectsToString). */
    private JSFunction objectToString;
    private JSFunction errorToString;
    private BuiltinFunction functionHasInstance;
    /** Symbol.for's GlobalSymbolRegistry (§20.4.2.2): key string → symbol. */
    private final Map<String, JSSymbol> symbolRegistry = new java.util.HashMap<>();
    private final Map<ErrorType, JSObject> errorPrototypes = new EnumMap<>(ErrorType.class);
    private final JSObject global;
    private final Shape arrayShape;
    private final PrintStream out;
    private final PrintStream err;
    private StackTraceProvider stackTraceProvider = limit -> List.of();
    private LoadErrorMessage loadErrorMessage = Realm::cannotReadProperties;
    /**
     * The local time zone of Date (ECMA-262 §21.4.1.24 LocalTZA): the JVM's default until the
     * host sets the one node would use (TZ, or --tz); see Engine.
     */
    private java.time.ZoneId timeZone = java.time.ZoneId.systemDefault();

    public Realm(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        objectPrototype = new JSObject(Shape.root(null));
        functionPrototype = new FunctionPrototype(this, objectPrototype.childRootShape());
        arrayPrototype = new JSObject(objectPrototype.childRootShape());
        stringPrototype = new JSObject(objectPrototype.childRootShape());
        numberPrototype = new JSObject(objectPrototype.childRootShape());
        booleanPrototype = new JSObject(objectPrototype.childRootShape());
        symbolPrototype = new JSObject(objectPrototype.childRootShape());
        iteratorPrototype = new JSObject(objectPrototype.childRootShape());
        arrayIteratorPrototype = new JSObject(iteratorPrototype.childRootShape());
        stringIteratorPrototype = new JSObject(iteratorPrototype.childRootShape());
        mapIteratorPrototype = new JSObject(iteratorPrototype.childRootShape());
        setIteratorPrototype = new JSObject(iteratorPrototype.childRootShape());
        generatorPrototype = new JSObject(iteratorPrototype.childRootShape());
        generatorFunctionPrototype = new JSObject(functionPrototype.childRootShape());
        asyncFunctionPrototype = new JSObject(functionPrototype.childRootShape());
        asyncIteratorPrototype = new JSObject(objectPrototype.childRootShape());
        asyncGeneratorPrototype = new JSObject(asyncIteratorPrototype.childRootShape());
        asyncGeneratorFunctionPrototype = new JSObject(functionPrototype.childRootShape());
        asyncFromSyncIteratorPrototype = new JSObject(asyncIteratorPrototype.childRootShape());
        mapPrototype = new JSObject(objectPrototype.childRootShape());
        setPrototype = new JSObject(objectPrototype.childRootShape());
        promisePrototype = new JSObject(objectPrototype.childRootShape());
        regExpPrototype = new JSObject(objectPrototype.childRootShape());
        JSObject errorPrototype = new JSObject(objectPrototype.childRootShape());
        errorPrototypes.put(ErrorType.Error, errorPrototype);
        for (ErrorType type : ErrorType.values()) {
            if (type != ErrorType.Error) {
                errorPrototypes.put(type, new JSObject(errorPrototype.childRootShape()));
            }
        }
        arrayShape = arrayPrototype.childRootShape();
        global = new JSObject(objectPrototype.childRootShape());
        // The global object is always in dictionary mode, as in V8: its entries are the
        // property cells that global load/store ICs cache.
        global.toDictionaryMode();
    }

    /**
     * Function.prototype is itself a function (ECMA-262 §20.2.3): it accepts any arguments and
     * returns undefined, so `typeof Function.prototype` is "function". Its `length` is 0 and
     * its `name` "", as for any function made with those.
     */
    private static final class FunctionPrototype extends JSFunction {
        FunctionPrototype(Realm realm, Shape shape) {
            super(realm, shape, "", 0, false);
        }

        @Override
        public Object call(Object thisArg, Object[] args) {
            return Oddball.UNDEFINED;
        }
    }

    /** The local time zone of every Date of this realm. */
    public java.time.ZoneId timeZone() {
        return timeZone;
    }

    /** Set by the host before a program runs (node reads TZ once, at start-up, as this does). */
    public void setTimeZone(java.time.ZoneId zone) {
        this.timeZone = zone;
    }

    // ---- regular expressions --------------------------------------------------------------------

    /** Called with each pattern compiled (--print-regexp-bytecode); none by default. */
    private java.util.function.Consumer<dev.kindling.regexp.RegExpCode> regExpCompiled;
    /** The backtracks one search may take before it fails (--regexp-backtrack-limit); 0 = no limit. */
    private long regExpBacktrackLimit;

    /**
     * Compiles a pattern for a literal site or `new RegExp` (throws RegExpSyntaxError), and
     * shows it to the host's hook.
     */
    public dev.kindling.regexp.RegExpCode compileRegExp(String source, dev.kindling.regexp.RegExpFlags flags) {
        dev.kindling.regexp.RegExpCode code = dev.kindling.regexp.RegExpCode.compile(source, flags);
        if (regExpCompiled != null) {
            regExpCompiled.accept(code);
        }
        return code;
    }

    public void setRegExpHooks(java.util.function.Consumer<dev.kindling.regexp.RegExpCode> compiled, long backtrackLimit) {
        this.regExpCompiled = compiled;
        this.regExpBacktrackLimit = backtrackLimit;
    }

    public long regExpBacktrackLimit() {
        return regExpBacktrackLimit;
    }

    // ---- code from strings ----------------------------------------------------------------------

    /** How this realm compiles code from strings (the host's); null refuses it with an EvalError. */
    private CodeFromStrings codeFromStrings;
    /** %eval%, the global `eval` as the realm made it: a call of it by the name `eval` is a direct eval. */
    private JSFunction evalFunction;

    public CodeFromStrings codeFromStrings() {
        if (codeFromStrings == null) {
            throw JSException.error(ErrorType.EvalError, "Code generation from strings disallowed for this context");
        }
        return codeFromStrings;
    }

    public void setCodeFromStrings(CodeFromStrings compiler) {
        this.codeFromStrings = compiler;
    }

    public JSFunction evalFunction() {
        return evalFunction;
    }

    public void setEvalFunction(JSFunction eval) {
        this.evalFunction = eval;
    }

    // ---- intrinsics ---------------------------------------------------------------------------

    public JSObject objectPrototype() {
        return objectPrototype;
    }

    public JSObject functionPrototype() {
        return functionPrototype;
    }

    public JSObject arrayPrototype() {
        return arrayPrototype;
    }

    public JSObject stringPrototype() {
        return stringPrototype;
    }

    public JSObject numberPrototype() {
        return numberPrototype;
    }

    public JSObject booleanPrototype() {
        return booleanPrototype;
    }

    public JSObject symbolPrototype() {
        return symbolPrototype;
    }

    public JSObject iteratorPrototype() {
        return iteratorPrototype;
    }

    public JSObject arrayIteratorPrototype() {
        return arrayIteratorPrototype;
    }

    public JSObject stringIteratorPrototype() {
        return stringIteratorPrototype;
    }

    public JSObject mapIteratorPrototype() {
        return mapIteratorPrototype;
    }

    public JSObject setIteratorPrototype() {
        return setIteratorPrototype;
    }

    public JSObject generatorPrototype() {
        return generatorPrototype;
    }

    public JSObject generatorFunctionPrototype() {
        return generatorFunctionPrototype;
    }

    public JSObject asyncFunctionPrototype() {
        return asyncFunctionPrototype;
    }

    public JSObject asyncIteratorPrototype() {
        return asyncIteratorPrototype;
    }

    public JSObject asyncGeneratorPrototype() {
        return asyncGeneratorPrototype;
    }

    public JSObject asyncGeneratorFunctionPrototype() {
        return asyncGeneratorFunctionPrototype;
    }

    public JSObject asyncFromSyncIteratorPrototype() {
        return asyncFromSyncIteratorPrototype;
    }

    public JSObject mapPrototype() {
        return mapPrototype;
    }

    public JSObject setPrototype() {
        return setPrototype;
    }

    /** %RegExp.prototype%, which regexp literals inherit from (CreateRegExpLiteral). */
    public JSObject regExpPrototype() {
        return regExpPrototype;
    }

    public JSObject promisePrototype() {
        return promisePrototype;
    }

    // ---- jobs and promises ------------------------------------------------------------------------

    /** %Promise%: the constructor as installed, whatever the program later does to the global. */
    public JSFunction promiseConstructor() {
        return promiseConstructor;
    }

    public void setPromiseConstructor(JSFunction constructor) {
        this.promiseConstructor = constructor;
    }

    public MicrotaskQueue microtasks() {
        return microtasks;
    }

    /** HostPromiseRejectionTracker: the host's (node's unhandled-rejection bookkeeping), or null. */
    public JSPromise.RejectionTracker rejectionTracker() {
        return rejectionTracker;
    }

    public void setRejectionTracker(JSPromise.RejectionTracker tracker) {
        this.rejectionTracker = tracker;
    }

    /** The promise hook (--trace-promises), or null. */
    public JSPromise.Hook promiseHook() {
        return promiseHook;
    }

    public void setPromiseHook(JSPromise.Hook hook) {
        this.promiseHook = hook;
    }

    /** Numbers promises in order of creation, from 1 (for traces). */
    int nextPromiseId() {
        return ++promiseCount;
    }

    /** The innermost JS frame now running (its function and file:line:column), or null at none. */
    public StackFrameInfo currentFrame() {
        List<StackFrameInfo> frames = stackTraceProvider.capture(1);
        return frames.isEmpty() ? null : frames.get(0);
    }

    public JSFunction arrayValues() {
        return arrayValues;
    }

    public JSFunction arrayIteratorNext() {
        return arrayIteratorNext;
    }

    /** Called once, by the builtins installing the array iterators. */
    public void setArrayIterationIntrinsics(JSFunction values, JSFunction next) {
        this.arrayValues = values;
        this.arrayIteratorNext = next;
    }

    public JSFunction objectToString() {
        return objectToString;
    }

    public JSFunction errorToString() {
        return errorToString;
    }

    /** Called once, by the builtins installing Object.prototype.toString. */
    /** %Function.prototype[@@hasInstance]%, which `instanceof` need not call (Operators.instanceOf). */
    public BuiltinFunction functionHasInstance() {
        return functionHasInstance;
    }

    public void setFunctionHasInstance(BuiltinFunction f) {
        functionHasInstance = f;
    }

    public void setObjectToString(JSFunction objectToString) {
        this.objectToString = objectToString;
    }

    /** Called once, by the builtins installing Error.prototype.toString. */
    public void setErrorToString(JSFunction errorToString) {
        this.errorToString = errorToString;
    }

    public Map<String, JSSymbol> symbolRegistry() {
        return symbolRegistry;
    }

    public JSObject errorPrototype(ErrorType type) {
        return errorPrototypes.get(type);
    }

    /** The global object: builtins live here, and so do assignments to undeclared names. */
    public JSObject global() {
        return global;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    // ---- errors that depend on where they are thrown ----------------------------------------------

    public void setLoadErrorMessage(LoadErrorMessage message) {
        this.loadErrorMessage = message;
    }

    /**
     * The TypeError of `receiver[key]` with receiver null or undefined, worded for where it is
     * thrown. `key` is the key as evaluated, not yet converted: it is named only when
     * NoSideEffectsToString can print it, so no JS runs before the throw.
     */
    public JSException loadFromNullOrUndefined(Object receiver, Object key) {
        return JSException.typeError(loadErrorMessage.of(receiver, NoSideEffectsToString.of(key)));
    }

    /**
     * A plain load's words: V8's kNonObjectPropertyLoadWithProperty, or
     * kNonObjectPropertyLoad when the key has no side-effect-free text (keyText null).
     */
    public static String cannotReadProperties(Object receiver, String keyText) {
        return "Cannot read properties of " + receiver + (keyText == null ? "" : " (reading '" + keyText + "')");
    }

    /** The same for a store (kNonObjectPropertyStoreWithProperty / kNonObjectPropertyStore). */
    public static JSException storeToNullOrUndefined(Object receiver, Object key) {
        String keyText = NoSideEffectsToString.of(key);
        return JSException.typeError("Cannot set properties of " + receiver
                + (keyText == null ? "" : " (setting '" + keyText + "')"));
    }

    // ---- the JS stack ---------------------------------------------------------------------------

    public void setStackTraceProvider(StackTraceProvider provider) {
        this.stackTraceProvider = provider;
    }

    /**
     * The current JS stack, as many frames as Error.stackTraceLimit says (V8's API: a number,
     * default 10; anything else captures no frames).
     */
    public List<StackFrameInfo> captureStack() {
        int limit = DEFAULT_STACK_TRACE_LIMIT;
        if (global.get("Error") instanceof JSObject error) {
            Object value = error.get("stackTraceLimit");
            if (value instanceof Integer || value instanceof Double) {
                double d = Conversions.toIntegerOrInfinity(value);
                limit = d <= 0 ? 0 : d >= 1_000_000 ? 1_000_000 : (int) d;
            } else {
                limit = 0;
            }
        }
        return limit == 0 ? List.of() : stackTraceProvider.capture(limit);
    }

    // ---- factories ------------------------------------------------------------------------------

    public JSObject newObject() {
        return new JSObject(objectPrototype.childRootShape());
    }

    public JSObject newObject(JSObject prototype) {
        return new JSObject(prototype == null ? Shape.root(null) : prototype.childRootShape());
    }

    /** CreateIterResultObject (§7.4.14): {value, done}, what an iterator's next returns. */
    public JSObject newIterResult(Object value, boolean done) {
        JSObject r = newObject();
        r.defineOwnProperty("value", value, PropertyAttributes.DEFAULT);
        r.defineOwnProperty("done", done, PropertyAttributes.DEFAULT);
        return r;
    }

    /**
     * The receiver `new C()` allocates, of C's initial shape: with slack tracking on, so it
     * starts with as many slots as earlier objects of that shape came to need (see Shape).
     */
    public JSObject newConstructedObject(JSObject prototype) {
        Shape initial = prototype.childRootShape();
        initial.trackSlack();
        return new JSObject(initial);
    }

    /** An array whose elements are exactly `elements` (the array takes ownership). */
    public JSArray newArray(Object[] elements) {
        return new JSArray(arrayShape, elements, elements.length);
    }

    public JSArray newArray(Object[] elements, int length) {
        return new JSArray(arrayShape, elements, length);
    }

    /** An empty array with room for `capacity` elements. */
    public JSArray newArray(int capacity) {
        return new JSArray(arrayShape, capacity);
    }

    /**
     * A new Error of the given type, with the current JS stack. The `stack` property is
     * formatted now, in node's layout: "Type: message" then one "    at ..." line per frame.
     */
    public JSError newError(ErrorType type, String message) {
        return newError(errorPrototype(type), type.name(), message);
    }

    /** An Error with an explicit prototype (used by the Error constructors and subclasses). */
    public JSError newError(JSObject prototype, String name, String message) {
        JSError error = new JSError(prototype.childRootShape(), captureStack());
        // The header is Error.prototype.toString's text: "name: message", or whichever of
        // the two is not empty.
        StringBuilder stack = new StringBuilder(name);
        if (message != null && !message.isEmpty()) {
            stack.append(name.isEmpty() ? "" : ": ").append(message);
        }
        for (StackFrameInfo frame : error.frames()) {
            stack.append('\n').append(frame.format());
        }
        error.defineOwnProperty("stack", stack.toString(), PropertyAttributes.HIDDEN);
        if (message != null) {
            error.defineOwnProperty("message", message, PropertyAttributes.HIDDEN);
        }
        return error;
    }

    /**
     * A prototype whose `constructor` is a function named `name` that makes nothing: for the
     * host's classes that JS never constructs (node's Timeout, Immediate, Stats), so
     * inspect and stack traces name their instances as node's.
     */
    public JSObject newNamedPrototype(String name) {
        JSObject proto = newObject();
        BuiltinFunction ctor = newBuiltin(name, 0, (r, self, args) -> Oddball.UNDEFINED);
        ctor.defineOwnProperty("prototype", proto, 0);
        proto.defineOwnProperty("constructor", ctor, PropertyAttributes.HIDDEN);
        return proto;
    }

    public BuiltinFunction newBuiltin(String name, int length, BuiltinFunction.Body body) {
        return new BuiltinFunction(this, name, length, body, null);
    }

    /** Defines a builtin method on `target` as builtins are defined: not enumerable. */
    public BuiltinFunction defineMethod(JSObject target, String name, int length, BuiltinFunction.Body body) {
        BuiltinFunction fn = newBuiltin(name, length, body);
        target.defineOwnProperty(name, fn, PropertyAttributes.HIDDEN);
        return fn;
    }

    /** The same for a symbol-keyed method; it is named "[Symbol.iterator]" and so on. */
    public BuiltinFunction defineMethod(JSObject target, JSSymbol key, int length, BuiltinFunction.Body body) {
        BuiltinFunction fn = newBuiltin("[" + key.description() + "]", length, body);
        target.defineOwnProperty(key, fn, PropertyAttributes.HIDDEN);
        return fn;
    }

    /** A builtin getter (`Symbol.prototype.description`, `Map.prototype.size`): configurable, not enumerable. */
    public void defineGetter(JSObject target, Object key, BuiltinFunction.Body body) {
        // SetFunctionName (§10.2.9): a symbol key names the getter "get [description]".
        String name = key instanceof JSSymbol symbol ? "[" + symbol.description() + "]" : Conversions.keyToDisplayString(key);
        BuiltinFunction getter = newBuiltin("get " + name, 0, body);
        target.defineOwnProperty(key, new AccessorPair(getter, null),
                PropertyAttributes.ACCESSOR | PropertyAttributes.CONFIGURABLE);
    }
}

/*
 * The interpreter's out-of-line helpers: everything a bytecode does that is more than a few
 * lines — global lookups, calls and construction, literals, runtime functions, iterators.
 * Kept apart so the loop in Interpreter stays readable.
 */
package dev.kindling.interpreter;

import dev.kindling.regexp.RegExpCode;
import dev.kindling.regexp.RegExpFlags;
import dev.kindling.runtime.JSRegExp;

import dev.kindling.bytecode.Boilerplate;
import dev.kindling.bytecode.RuntimeFunction;
import dev.kindling.runtime.AccessorPair;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.JSArguments;
import dev.kindling.runtime.JSArray;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSFunction;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.ThrowSite;
import dev.kindling.runtime.builtins.Iterators;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAttributes;
import dev.kindling.runtime.Realm;


final class InterpreterRuntime {
    /** Where an exception was first seen by JS code: the header of node's uncaught-error report. */

    private final Interpreter interpreter;
    private final Realm realm;
    private final NativesRuntime natives;
    /** GetTemplateObject's cache: one template object per tagged-template site (the realm's [[TemplateMap]]). */
    private final java.util.Map<Boilerplate.TemplateObjectDescription, JSArray> templateObjects =
            new java.util.IdentityHashMap<>();

    InterpreterRuntime(Interpreter interpreter) {
        this.interpreter = interpreter;
        this.realm = interpreter.realm();
        this.natives = new NativesRuntime(interpreter);
    }

    // ---- globals ------------------------------------------------------------------------------

    Object loadGlobal(String name, boolean insideTypeof) {
        JSObject global = realm.global();
        Object raw = global.getOwnRaw(name);
        if (raw != null && !(raw instanceof AccessorPair)) {
            return raw;
        }
        if (!global.hasProperty(name)) {
            if (insideTypeof) {
                return Oddball.UNDEFINED;
            }
            throw JSException.referenceError(name + " is not defined");
        }
        return global.get(name);
    }

    void storeGlobal(String name, Object value, boolean strict) {
        JSObject global = realm.global();
        if (strict && !global.hasProperty(name)) {
            throw JSException.referenceError(name + " is not defined");
        }
        if (!global.set(name, value) && strict) {
            throw JSException.typeError("Cannot assign to read only property '" + name + "' of object '#<Object>'");
        }
    }

    // ---- literals -----------------------------------------------------------------------------

    static void defineOwn(Object object, Object key, Object value) {
        ((JSObject) object).defineOwnProperty(key, value, PropertyAttributes.DEFAULT);
    }

    /** SetFunctionName (§10.2.9): a symbol key names a function "[description]". */
    static String functionNameFor(Object key) {
        if (key instanceof JSSymbol s) {
            return s.description() == null ? "" : "[" + s.description() + "]";
        }
        return (String) key;
    }

    /** A computed-key accessor is named "get key" / "set [description]" (SetFunctionName with a prefix). */
    private static void nameAccessor(JSFunction fn, String prefix, Object key) {
        if (fn instanceof JSClosure closure && closure.shared().name().isEmpty()) {
            closure.defineOwnProperty("name", prefix + functionNameFor(key), PropertyAttributes.CONFIGURABLE);
        }
    }

    /** `{[key]: value}`; flag 1 names an anonymous function value after the key (SetFunctionName). */
    void defineKeyedInLiteral(Object object, Object key, Object value, int flags) {
        if (key instanceof JSSymbol s && s.isPrivate()) {
            dev.kindling.runtime.PrivateNames.define(object, s, value); // a `#x = v` field
            return;
        }
        Object name = Conversions.toPropertyKey(key);
        if ((flags & 1) != 0 && value instanceof JSClosure fn && fn.shared().name().isEmpty()) {
            fn.defineOwnProperty("name", functionNameFor(name), PropertyAttributes.CONFIGURABLE);
        }
        defineOwn(object, name, value);
    }

    private static final Integer COMPUTED_VALUE_PLACEHOLDER = 0;

    JSObject createObjectLiteral(Boilerplate.ObjectLiteral boilerplate) {
        JSObject object = realm.newObject();
        for (int i = 0; i < boilerplate.names().size(); i++) {
            // A property whose value is computed holds Smi 0 until its DefineNamedOwnProperty
            // runs, as in V8 (runtime-literals.cc turns the boilerplate's uninitialized value into
            // Smi::zero()): no JS can see the object before then, and a placeholder of a tagged
            // value (undefined) would generalize the field to Tagged for every such literal.
            Object value = boilerplate.constantValues().get(i);
            object.defineOwnProperty(boilerplate.names().get(i), value == null ? COMPUTED_VALUE_PLACEHOLDER : value,
                    PropertyAttributes.DEFAULT);
        }
        return object;
    }

    JSArray createArrayLiteral(Boilerplate.ArrayLiteral boilerplate) {
        Object[] elements = boilerplate.elements().toArray();
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] == null) {
                elements[i] = Oddball.UNDEFINED;
            }
        }
        return realm.newArray(elements);
    }

    /**
     * CreateRegExpLiteral: a fresh RegExp each evaluation (ECMA-262 §13.2.7.3), its compiled
     * pattern made once per site and kept in the literal slot, as V8 keeps the boilerplate.
     * The frontend checked the pattern, so compiling cannot fail here.
     */
    JSRegExp createRegExpLiteral(String pattern, FeedbackVector feedback, int slot, int flags) {
        RegExpCode code = (RegExpCode) feedback.literalBoilerplate(slot);
        if (code == null) {
            code = realm.compileRegExp(pattern, RegExpFlags.fromBits(flags));
            feedback.setLiteralBoilerplate(slot, code);
        }
        return new JSRegExp(realm.regExpPrototype(), code);
    }

    /** GetTemplateObject: the site's frozen strings array with its frozen `raw`, made once. */
    JSArray templateObject(Boilerplate.TemplateObjectDescription site) {
        JSArray strings = templateObjects.get(site);
        if (strings == null) {
            JSArray raw = realm.newArray(site.raw().toArray());
            strings = realm.newArray(site.cooked().toArray());
            strings.defineOwnProperty("raw", raw, 0);
            freeze(raw);
            freeze(strings);
            templateObjects.put(site, strings);
        }
        return strings;
    }

    private static void freeze(JSArray array) {
        array.preventExtensions();
        array.restrictElements(true);
    }

    // ---- calls --------------------------------------------------------------------------------

    Object call(JsFrame frame, Object callee, Object receiver, Object[] args) {
        if (callee instanceof JSClosure closure) {
            if (closure.shared().isClassConstructor()) {
                throw JSException.typeError("Class constructor " + closure.shared().name() + " cannot be invoked without 'new'");
            }
            return interpreter.call(closure, receiver, args, null);
        }
        if (callee instanceof JSFunction fn) {
            // A builtin runs with no frame of its own; the caller remembers it, so stack traces
            // show it as V8 shows native frames ("at Array.forEach (<anonymous>)").
            JSFunction savedBuiltin = frame.activeBuiltin;
            Object savedReceiver = frame.activeReceiver;
            frame.setActiveBuiltin(fn, receiver);
            try {
                return fn.call(receiver, args);
            } catch (JSException e) {
                if (e.isPending()) {
                    e.recordBuiltinFrame(StackTraces.builtinName(fn, receiver, realm));
                }
                throw e;
            } finally {
                frame.setActiveBuiltin(savedBuiltin, savedReceiver);
            }
        }
        throw JSException.typeError(CallPrinter.describeCallee(frame) + " is not a function");
    }

    Object construct(JsFrame frame, Object constructor, Object[] args, Object newTarget) {
        if (constructor instanceof JSFunction fn && fn.isConstructor()) {
            if (fn instanceof JSClosure) {
                return fn.construct(args, (JSObject) newTarget);
            }
            try {
                return fn.construct(args, (JSObject) newTarget);
            } catch (JSException e) {
                // A builtin constructor shows as V8's native frame "at new Map (<anonymous>)";
                // V8's Array constructor is an inlined stub with no frame of its own.
                if (e.isPending() && !fn.debugName().equals("Array")) {
                    e.recordBuiltinFrame("new " + fn.debugName());
                }
                throw e;
            }
        }
        throw JSException.typeError(CallPrinter.describeCallee(frame) + " is not a constructor");
    }

    /** The frame running a CallRuntime: always an interpreter frame (only bytecode calls runtime functions). */
    private InterpreterFrame interpretedFrame() {
        return (InterpreterFrame) interpreter.current;
    }

    Object callRuntime(RuntimeFunction function, Object[] args) {
        if (function.callableFromJs()) {
            return natives.call(function, args);
        }
        switch (function) {
            case ThrowConstAssignError -> throw JSException.typeError("Assignment to constant variable.");
            case ThrowIteratorResultNotAnObject -> throw JSException.typeError(
                    "Iterator result " + (args[0] instanceof JSSymbol ? args[0] : Conversions.toString(args[0]))
                            + " is not an object");
            case ThrowPatternAssignmentNonCoercible -> throw Destructuring.nonCoercible(interpretedFrame(), args[0]);
            case CopyDataPropertiesWithExcludedPropertiesOnStack -> {
                return Destructuring.restProperties(realm, interpretedFrame(), args);
            }
            case DefineAccessorPropertyUnchecked -> {
                JSObject object = (JSObject) args[0];
                Object key = Conversions.toPropertyKey(args[1]);
                JSFunction getter = args[2] instanceof JSFunction f ? f : null;
                JSFunction setter = args[3] instanceof JSFunction f ? f : null;
                nameAccessor(getter, "get ", key);
                nameAccessor(setter, "set ", key);
                int attrs = object.getOwnAttributes(key);
                if (attrs >= 0 && PropertyAttributes.isAccessor(attrs)) {
                    AccessorPair pair = (AccessorPair) object.getOwnRaw(key);
                    if (getter != null) {
                        pair.getter = getter;
                    }
                    if (setter != null) {
                        pair.setter = setter;
                    }
                } else {
                    object.defineOwnProperty(key, new AccessorPair(getter, setter),
                            PropertyAttributes.ENUMERABLE | PropertyAttributes.CONFIGURABLE | PropertyAttributes.ACCESSOR);
                }
                return Oddball.UNDEFINED;
            }
            case ThrowReferenceError -> throw JSException.referenceError((String) args[0]);
            case CopyDataProperties -> {
                return Destructuring.copyDataProperties((JSObject) args[0], args[1], java.util.Set.of());
            }
            case InternalSetPrototype -> {
                if (args[1] instanceof JSObject || args[1] == Oddball.NULL) {
                    ((JSObject) args[0]).setPrototype(args[1] instanceof JSObject p ? p : null);
                }
                return Oddball.UNDEFINED;
            }
            case AppendElement -> {
                JSArray array = (JSArray) args[0];
                if (args[1] == Oddball.THE_HOLE) {
                    array.setLength(array.longLength() + 1);
                } else {
                    array.push(args[1]);
                }
                return array;
            }
            case AppendSpread -> {
                JSArray array = (JSArray) args[0];
                forEachIterated(args[1], array::push);
                return array;
            }
            case CallWithArgumentArray -> {
                return call(interpreter.current, args[0], args[1], elementsOf((JSArray) args[2]));
            }
            case ConstructWithArgumentArray -> {
                return construct(interpreter.current, args[0], elementsOf((JSArray) args[1]), args[0]);
            }
            case ResolvePossiblyDirectEval -> {
                return DirectEval.resolve(interpreter, interpretedFrame(), args);
            }
            case DeleteLookupSlot -> {
                return DirectEval.delete(realm, interpretedFrame().context, (String) args[0]);
            }
            case DeleteGlobal -> {
                return realm.global().deleteOwn((String) args[0]);
            }
            case IteratorClose -> {
                closeIterator(args[0], args[1] == Boolean.TRUE);
                return Oddball.UNDEFINED;
            }
            case DefineClass -> {
                return ClassDefinitions.defineClass(realm, args);
            }
            case CreatePrivateNameSymbol -> {
                return JSSymbol.newPrivateName((JSSymbol.PrivateName) args[0]);
            }
            case DefinePrivateMember -> {
                JSSymbol name = (JSSymbol) args[1];
                Object value = name.privateName().kind() == JSSymbol.PrivateKind.METHOD ? args[2]
                        : new AccessorPair(args[2] instanceof JSFunction g ? g : null,
                                args[3] instanceof JSFunction s ? s : null);
                dev.kindling.runtime.PrivateNames.define(args[0], name, value);
                return Oddball.UNDEFINED;
            }
            case StoreToSuper -> {
                ClassDefinitions.storeToSuper(args[0], args[1], Conversions.toPropertyKey(args[2]), args[3]);
                return args[3];
            }
            case LoadKeyedFromSuper -> {
                return ClassDefinitions.loadFromSuper(args[0], args[1], Conversions.toPropertyKey(args[2]));
            }
            case CreateJSGeneratorObject -> {
                return InterpretedGenerator.create(interpreter, interpretedFrame(), (JSClosure) args[0]);
            }
            case CreateIterResultObject -> {
                return realm.newIterResult(args[0], args[1] == Boolean.TRUE);
            }
            case GetAsyncIterator -> {
                return dev.kindling.runtime.builtins.AsyncBuiltins.getAsyncIterator(realm, args[0],
                        () -> CallPrinter.notAsyncIterable(interpreter.current, args[0]));
            }
            case AsyncYieldStarStep -> {
                return InterpretedGenerator.yieldStarStep(realm, args, true);
            }
            case YieldStarStep -> {
                return InterpretedGenerator.yieldStarStep(realm, args, false);
            }
        }
        throw new IllegalStateException("unknown runtime function " + function);
    }

    /**
     * A sloppy-mode arguments object for `frame`: its first elements alias the parameters of
     * function scope `scope`, which scope analysis put in the frame's (function) context.
     */
    static JSArguments mappedArguments(Realm realm, InterpreterFrame frame, dev.kindling.frontend.scope.Scope scope) {
        java.util.List<Integer> slots = new java.util.ArrayList<>();
        for (dev.kindling.frontend.scope.Variable v : scope.variables()) {
            if (v.kind() == dev.kindling.frontend.scope.Variable.Kind.PARAMETER) {
                while (slots.size() <= v.parameterIndex()) {
                    slots.add(-1);
                }
                slots.set(v.parameterIndex(), v.index());
            }
        }
        Context context = frame.context;
        JSArguments.ArgumentsMapping mapping = new JSArguments.ArgumentsMapping() {
            @Override
            public Object get(int index) {
                return context.get(slots.get(index));
            }

            @Override
            public void set(int index, Object value) {
                context.set(slots.get(index), value);
            }
        };
        int mapped = 0;
        while (mapped < slots.size() && slots.get(mapped) >= 0) {
            mapped++;
        }
        return new JSArguments(realm, frame.arguments, mapping, mapped);
    }

    // ---- iteration ----------------------------------------------------------------------------

    /**
     * GetIterator: iterable[Symbol.iterator](), checked to be an object (for-of's GetIterator
     * bytecode, and spread). Arrays and strings whose iterator method is untouched get the
     * builtin Java iterators; any other iterable runs its own JS methods.
     */
    Object getIterator(Object iterable) {
        return Iterators.getIterator(realm, iterable, () -> notIterable(iterable));
    }

    /** The values `iterable` yields, through the iteration protocol. */
    private void forEachIterated(Object iterable, java.util.function.Consumer<Object> sink) {
        Iterators.iterate(realm, iterable, () -> notIterable(iterable), sink);
    }

    /** Words the TypeError of `value`, which cannot be iterated where the current frame is. */
    private String notIterable(Object value) {
        JsFrame frame = interpreter.current;
        String pattern = frame instanceof InterpreterFrame f ? Destructuring.notIterableMessage(f) : null;
        return pattern != null ? pattern : CallPrinter.notIterable(frame, value);
    }

    /** IteratorClose after a for-of loop left early: by a throw (`afterThrow`), or break/return. */
    void closeIterator(Object iterator, boolean afterThrow) {
        if (afterThrow) {
            Iterators.closeAfterThrow((JSObject) iterator);
        } else {
            Iterators.close((JSObject) iterator);
        }
    }

    /**
     * ConstructWithSpread's arguments. The generator has already done the spread: its one
     * operand is the array that buildArrayWithSpread filled through the iteration protocol
     * (AppendSpread, so a replaced Array.prototype[Symbol.iterator] runs there, as it does in
     * node, also for the implicit `constructor(...args) { super(...args); }`). Its elements
     * are the arguments. V8's ConstructWithSpread spreads its last register itself.
     */
    Object[] spreadLast(Object[] args) {
        if (args.length != 1 || !(args[0] instanceof JSArray array)) {
            throw new IllegalStateException("ConstructWithSpread expects the one argument array the generator builds, got "
                    + args.length + " register(s)");
        }
        return elementsOf(array);
    }

    private static Object[] elementsOf(JSArray array) {
        Object[] values = new Object[array.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.getElement(i);
        }
        return values;
    }

    // ---- exceptions ---------------------------------------------------------------------------

    /** Remembers the innermost JS position an exception passed through (first one wins). */
    void recordThrowSite(JSException e, JsFrame frame) {
        if (e.throwSite() == null) {
            int pos = frame.sourcePosition();
            e.recordThrowSite(new ThrowSite(frame.function().shared().script().source(), Math.max(pos, 0)));
        }
    }

    static ThrowSite throwSite(JSException e) {
        return e.throwSite() instanceof ThrowSite site ? site : null;
    }

    /** %DebugPrint's text for a value (the REPL's .shapes shows it). */
    String debugPrint(Object x) {
        return natives.debugPrint(x);
    }
}

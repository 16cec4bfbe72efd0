/*
 * Direct eval (ECMA-262 §19.2.1.1 PerformEval with direct = true) and the lookups by name it
 * needs, after V8's Runtime_ResolvePossiblyDirectEval and its LdaLookupSlot family.
 *
 * resolve() is what CallRuntime [ResolvePossiblyDirectEval] does before a call by the name
 * `eval`: when the callee is %eval% and the argument a string, the source is compiled (by
 * the host's Compiler) as code nested in the call site's scope, and a closure of it over the
 * frame's current Context replaces the callee; the call then runs it. Otherwise the callee is
 * returned and the call is an ordinary one (an indirect eval, or eval of a non-string, which
 * returns it unchanged).
 *
 * How eval code reaches the caller's variables: ScopeAnalyzer keeps every variable a direct
 * eval can see in a Context, so eval code compiled against the call site's Scope addresses
 * them statically (LdaContextSlot with a depth) through the Context chain it is given. What
 * cannot be static: the var and function declarations of sloppy eval code that the caller's
 * function did not have. They go to that function's Context extension (Context.setExtension),
 * created here before the code runs, and every name that such a binding could shadow —
 * within eval code, in the function that calls eval and in the functions inside it — is
 * compiled to a lookup by name (LdaLookupSlot, LdaLookupGlobalSlot, StaLookupSlot), which
 * walks the Context chain checking each context's own variables (its Scope) and extension,
 * then the global object.
 *
 * A `with` statement (ECMA-262 §14.11) uses the same lookups: its body runs in a with context
 * (Context.withObject, CreateWithContext) and every name resolved through it is looked up by
 * name, the with object's properties first (unless @@unscopables blocks them); a call of such
 * a name gets its callee and receiver together (loadForCall).
 *
 * The optimizing tier refuses a function that calls eval directly (GraphBuilder): eval code
 * changes its Contexts under it. A lookup by name elsewhere is compiled to a call of load or
 * store (CompiledCodeSupport), so code compiled from a string, and the functions around a
 * sloppy eval, tier as any other.
 *
 * Differs from V8: the lookups keep no feedback.
 */
package dev.kindling.interpreter;

import dev.kindling.bytecode.Script;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.frontend.scope.Scope;
import dev.kindling.frontend.scope.Variable;
import dev.kindling.runtime.Conversions;
import dev.kindling.runtime.ErrorType;
import dev.kindling.runtime.JSException;
import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.JSSymbol;
import dev.kindling.runtime.Oddball;
import dev.kindling.runtime.PropertyAccess;
import dev.kindling.runtime.Realm;
import dev.kindling.runtime.StackFrameInfo;

public final class DirectEval {
    /** Compiles direct eval code (the host's: the frontend and the bytecode generator). */
    public interface Compiler {
        /**
         * The source parsed as eval code (strict if the caller is) and analyzed against the call
         * site's scope (ScopeAnalyzer.analyzeDirectEval); a syntax error is a JS SyntaxError.
         * evalOrigin: see Script.evalOrigin.
         */
        Script compile(String source, Scope callSite, boolean strictCaller, String evalOrigin);
    }

    private DirectEval() {
    }

    /** The function the call `eval(args)` calls: see the header. args: callee, source, call-site Scope, strict. */
    static Object resolve(Interpreter interpreter, InterpreterFrame frame, Object[] args) {
        Object callee = args[0];
        if (callee != interpreter.realm().evalFunction() || !(args[1] instanceof String source)) {
            return callee;
        }
        Compiler compiler = interpreter.directEvalCompiler();
        if (compiler == null) {
            throw JSException.error(ErrorType.EvalError, "Code generation from strings disallowed for this context");
        }
        Scope callSite = (Scope) args[2];
        Script script = compiler.compile(source, callSite, ((Integer) args[3]) != 0,
                StackFrameInfo.evalOrigin(StackTraces.describe(frame)));
        if (!script.scopes().evalVarNames().isEmpty()) {
            Context varContext = frame.context;
            while (varContext != null && varContext.scope() != callSite.varScope()) {
                varContext = varContext.parent();
            }
            if (varContext == null) {
                throw new IllegalStateException("no Context for the scope " + callSite.varScope()
                        + " of a sloppy direct eval: ScopeAnalyzer gives it one");
            }
            for (String name : script.scopes().evalVarNames()) {
                if (!varContext.extensionHas(name)) {
                    varContext.setExtension(name, Oddball.UNDEFINED);
                }
            }
        }
        return interpreter.newClosure(new SharedFunctionInfo(script, null), frame.context);
    }

    /** LdaLookupSlot / LdaLookupGlobalSlot (and InsideTypeof): the binding `name` finds from `context` out. */
    static Object load(InterpreterRuntime runtime, Context context, String name, boolean insideTypeof) {
        Context c = bindingContext(context, name);
        return c == null ? runtime.loadGlobal(name, insideTypeof) : valueIn(c, name);
    }

    /**
     * CallRuntimeForPair [LoadLookupSlotForCall], before a call `name(...)` inside a `with`:
     * the callee the name finds and the receiver of the call — the with object it was found
     * on (ECMA-262 §13.3.6.1 EvaluateCall: the Reference's base is an object Environment
     * Record whose WithBaseObject is its object), else undefined.
     */
    static Object[] loadForCall(InterpreterRuntime runtime, Context context, String name) {
        Context c = bindingContext(context, name);
        if (c == null) {
            return new Object[] {runtime.loadGlobal(name, false), Oddball.UNDEFINED};
        }
        return new Object[] {valueIn(c, name), c.withObject() != null ? c.withObject() : Oddball.UNDEFINED};
    }

    /** The value of binding `name` of context c, which has it (bindingContext). */
    private static Object valueIn(Context c, String name) {
        if (c.withObject() != null) {
            return c.withObject().get(name);
        }
        Variable v = contextVariable(c, name);
        if (v == null) {
            return c.extensionValue(name);
        }
        Object value = c.get(v.index());
        if (value == Oddball.THE_HOLE) {
            throw JSException.referenceError("Cannot access '" + name + "' before initialization");
        }
        return value;
    }

    /** StaLookupSlot: the binding `name` finds from `context` out = value, with a let's, a const's and strict code's checks. */
    static void store(InterpreterRuntime runtime, Context context, String name, Object value, boolean strict) {
        Context c = bindingContext(context, name);
        if (c == null) {
            runtime.storeGlobal(name, value, strict);
        } else if (c.withObject() != null) {
            // SetMutableBinding of an object Environment Record (§9.1.1.2.5): the property may
            // have gone since the name was resolved; strict code then throws.
            if (strict && !c.withObject().hasProperty(name)) {
                throw JSException.referenceError(name + " is not defined");
            }
            PropertyAccess.setNamed(c.withObject(), name, value, strict);
        } else if (contextVariable(c, name) != null) {
            Variable v = contextVariable(c, name);
            if (v.isLexical() && c.get(v.index()) == Oddball.THE_HOLE) {
                throw JSException.referenceError("Cannot access '" + name + "' before initialization");
            }
            if (v.kind() == Variable.Kind.CONST || v.kind() == Variable.Kind.FUNCTION_SELF && strict) {
                throw JSException.typeError("Assignment to constant variable.");
            }
            if (v.kind() != Variable.Kind.FUNCTION_SELF) {
                c.set(v.index(), value);
            }
        } else {
            c.setExtension(name, value);
        }
    }

    /**
     * `delete name` of a name a sloppy eval may bind or a with object may have (V8's
     * DeleteLookupSlot): false for a declared variable, true after removing an eval's var
     * binding, the with object's delete of its property, else the global's delete.
     */
    static boolean delete(Realm realm, Context context, String name) {
        Context c = bindingContext(context, name);
        if (c == null) {
            return realm.global().deleteOwn(name);
        }
        if (c.withObject() != null) {
            return PropertyAccess.delete(c.withObject(), name, false);
        }
        if (contextVariable(c, name) != null) {
            return false;
        }
        c.removeExtension(name);
        return true;
    }

    /**
     * The innermost context from `context` out that binds `name` (ECMA-262 GetIdentifierReference's
     * HasBinding, context by context): one whose scope has it as a context variable, whose
     * extension has it, or a with context whose object has it and does not list it in its
     * @@unscopables; null when none does (a global, or unresolvable).
     */
    private static Context bindingContext(Context context, String name) {
        for (Context c = context; c != null; c = c.parent()) {
            JSObject object = c.withObject();
            if (object != null ? withObjectHas(object, name) : contextVariable(c, name) != null || c.extensionHas(name)) {
                return c;
            }
        }
        return null;
    }

    /**
     * HasBinding of a with statement's object Environment Record (§9.1.1.2.1): the object has
     * the property (own or inherited) and its Symbol.unscopables object, if any, does not
     * block the name (Array.prototype's lists `keys`, `values`, ...).
     */
    private static boolean withObjectHas(JSObject object, String name) {
        if (!object.hasProperty(name)) {
            return false;
        }
        return !(object.get(JSSymbol.UNSCOPABLES) instanceof JSObject unscopables
                && Conversions.toBoolean(unscopables.get(name)));
    }

    /** The context-allocated variable `name` of c's own scope, or null. */
    private static Variable contextVariable(Context c, String name) {
        Variable v = c.scope() == null ? null : c.scope().lookupLocal(name);
        return v != null && v.location() == Variable.Location.CONTEXT ? v : null;
    }
}

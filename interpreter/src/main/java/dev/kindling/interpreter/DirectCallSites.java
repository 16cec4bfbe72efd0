/*
 * The entry points that optimized code's direct calls are linked to: for one function (one
 * FeedbackVector, so every closure of one CreateClosure site) and one argument count, a
 * java.lang.invoke.MutableCallSite whose target is that function's current code. V8's
 * CallKnownJSFunction calls through the JSFunction's code field, which tiering up and deopt
 * rewrite; here the field is the call site's target, and the JVM does the rewriting for us.
 *
 * Why a MutableCallSite lets HotSpot inline a JS call. Optimized code calls a known callee with
 * an `invokedynamic` instruction whose bootstrap (backend's CallLinker) returns the callee's
 * site from here. C2 treats the target of a MutableCallSite as a constant, with a dependency
 * on it: the method handle chain below (bound interpreter, bound code object, the undefined
 * constants or dropped arguments of the adaptor) folds away, the code object is a known
 * constant of a known hidden class, so the callee's callDirect and run() are inlined into the
 * caller's machine code like any monomorphic Java call. When the target changes (setTarget),
 * HotSpot deoptimizes the machine code that inlined the old one — the JVM's own lazy deopt,
 * invisible to JS.
 *
 * Targets. While the function has enterable optimized code (installed, not marked for
 * deoptimization, no new compile requested), a site's target enters that code as
 * Interpreter.call would, minus the checks: its direct entry (OptimizedCode.directEntry), the
 * arguments passed on as JVM values of a fixed descriptor, one per formal parameter — the
 * adaptor (V8's arguments adaptor, done once at link time) fills a missing one with undefined
 * and drops an extra one, which the callee cannot see: a function with a direct entry never
 * reads its argument list. Code without a direct entry (it reads `arguments` or a rest
 * parameter) is entered through enterOptimized with the arguments collected into an array.
 * Otherwise the target is Interpreter.call itself, which interprets, compiles a REQUESTED
 * function or evicts marked code — so a direct call does exactly what a generic call of a
 * closure does, in every tiering state. Every change of the vector's tiering state calls
 * update().
 *
 * Re-linking is capped (MAX_RELINKS per function, as HotSpot caps recompilation): a function
 * that keeps tiering up and deopting would otherwise make HotSpot throw away its callers'
 * machine code each time. Past the cap the sites stay on Interpreter.call, which is always
 * right, and HotSpot compiles that path once.
 *
 * Assumes: one JS thread (setTarget without syncAll: the thread that changes the target is
 * the only one that calls through it).
 * Guarantees: a site's type is (JSClosure callee, Object receiver, Object × argc)Object; its
 * target is Interpreter.call whenever enterOptimized would not be what Interpreter.call does.
 */
package dev.kindling.interpreter;

import dev.kindling.runtime.JSObject;
import dev.kindling.runtime.Oddball;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.Arrays;

public final class DirectCallSites {
    /** How many times one function's sites may be re-pointed before they stay generic. */
    static final int MAX_RELINKS = 16;

    private static final MethodHandle CALL;
    private static final MethodHandle ENTER_OPTIMIZED;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            CALL = lookup.findVirtual(Interpreter.class, "call", MethodType.methodType(Object.class,
                    JSClosure.class, Object.class, Object[].class, JSObject.class));
            ENTER_OPTIMIZED = lookup.findVirtual(Interpreter.class, "enterOptimized", MethodType.methodType(
                    Object.class, OptimizedCode.class, JSClosure.class, Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Interpreter interpreter;
    private final FeedbackVector vector;
    /** Indexed by argument count; null where no optimized code called with that count yet. */
    private MutableCallSite[] sites = new MutableCallSite[0];
    /** The code the sites enter, or null when they call Interpreter.call. */
    private OptimizedCode linked;
    private int relinks;

    DirectCallSites(Interpreter interpreter, FeedbackVector vector) {
        this.interpreter = interpreter;
        this.vector = vector;
        this.linked = enterableCode();
    }

    /** The site of calls with `argc` arguments, made on first request. */
    MutableCallSite site(int argc) {
        if (argc >= sites.length) {
            sites = Arrays.copyOf(sites, argc + 1);
        }
        MutableCallSite site = sites[argc];
        if (site == null) {
            site = new MutableCallSite(target(argc));
            sites[argc] = site;
        }
        return site;
    }

    /** Re-points every site if the code a call should enter has changed. */
    void update() {
        OptimizedCode code = relinks < MAX_RELINKS ? enterableCode() : null;
        if (code == linked) {
            return;
        }
        linked = code;
        relinks++;
        for (int argc = 0; argc < sites.length; argc++) {
            if (sites[argc] != null) {
                sites[argc].setTarget(target(argc));
            }
        }
    }

    /** How many times the sites were re-pointed (for tests and traces). */
    public int relinkCount() {
        return relinks;
    }

    /** The code Interpreter.call would enter without compiling or evicting anything, or null. */
    private OptimizedCode enterableCode() {
        OptimizedCode code = vector.optimizedCode();
        if (code == null || code.isMarkedForDeoptimization() || vector.tieringState() == TieringState.REQUESTED) {
            return null;
        }
        return code;
    }

    private MethodHandle target(int argc) {
        if (linked != null && linked.directEntry() != null) {
            return adapt(linked.directEntry().bindTo(interpreter), argc);
        }
        MethodHandle h = linked == null
                ? MethodHandles.insertArguments(CALL.bindTo(interpreter), 3, (Object) null)
                : MethodHandles.insertArguments(ENTER_OPTIMIZED.bindTo(interpreter), 0, linked);
        return h.asCollector(Object[].class, argc);
    }

    /**
     * The arguments adaptor: `entry`, of type (JSClosure, Object receiver, Object × formals),
     * called with `argc` arguments — undefined for each missing one, the extra ones dropped.
     */
    private static MethodHandle adapt(MethodHandle entry, int argc) {
        int formals = entry.type().parameterCount() - 2;
        if (argc < formals) {
            Object[] missing = new Object[formals - argc];
            Arrays.fill(missing, Oddball.UNDEFINED);
            return MethodHandles.insertArguments(entry, 2 + argc, missing);
        }
        if (argc > formals) {
            return MethodHandles.dropArguments(entry, 2 + formals, java.util.Collections.nCopies(argc - formals,
                    Object.class));
        }
        return entry;
    }

    /** The type of the site for `argc` arguments: (JSClosure, Object receiver, Object × argc)Object. */
    public static MethodType type(int argc) {
        Class<?>[] parameters = new Class<?>[argc + 2];
        Arrays.fill(parameters, Object.class);
        parameters[0] = JSClosure.class;
        return MethodType.methodType(Object.class, parameters);
    }
}

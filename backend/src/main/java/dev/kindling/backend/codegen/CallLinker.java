/*
 * The bootstrap of optimized code's direct calls (CallKnownJSFunction): each `invokedynamic`
 * names, as its one static argument, the index of its known callee in the class's constant
 * table (the class data, see CodeGenerator), and is linked, once, to that callee's
 * DirectCallSites site for its argument count. From then on the JVM calls whatever that site's
 * target is — the callee's optimized code, or Interpreter.call — and HotSpot, which sees a
 * MutableCallSite's target as a constant, inlines it (DirectCallSites says why that holds).
 *
 * Assumes: the site's type is DirectCallSites.type(argc), and the constant is the JSClosure a
 * CheckValue before the call pinned.
 * Guarantees: the call site returned has exactly the type the instruction asked for.
 */
package dev.kindling.backend.codegen;

import dev.kindling.interpreter.DirectCallSites;
import dev.kindling.interpreter.JSClosure;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import static org.objectweb.asm.Opcodes.H_INVOKESTATIC;

public final class CallLinker {
    static final String CLOSURE = Type.getInternalName(JSClosure.class);

    /** The bootstrap method handle the generated `invokedynamic` instructions name. */
    static final Handle BOOTSTRAP = new Handle(H_INVOKESTATIC, Type.getInternalName(CallLinker.class), "bootstrap",
            MethodType.methodType(CallSite.class, MethodHandles.Lookup.class, String.class, MethodType.class,
                    int.class).toMethodDescriptorString(), false);

    private CallLinker() {
    }

    /** Links one CallKnownJSFunction site: the callee's direct-call site for its argument count. */
    public static CallSite bootstrap(MethodHandles.Lookup caller, String name, MethodType type, int calleeIndex)
            throws IllegalAccessException {
        Object[] constants = MethodHandles.classData(caller, "_", Object[].class);
        JSClosure callee = (JSClosure) constants[calleeIndex];
        int argc = type.parameterCount() - 2;
        CallSite site = callee.directCallSite(argc);
        if (!site.type().equals(type)) {
            throw new IllegalStateException("direct call of " + callee.shared().name() + " typed " + type
                    + ", its site " + site.type());
        }
        return site;
    }
}

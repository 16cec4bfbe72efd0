/*
 * Installs generated code (DESIGN.md stage 7): defines the class of a CodeGenerator.Result as a
 * hidden class (MethodHandles.Lookup.defineHiddenClass), with its constant table as class
 * data, and makes its one instance. A hidden class is unreachable by name and is unloaded when
 * nothing refers to its code any more (the ClassOption NESTMATE/STRONG are not asked for), so
 * a function that deopts and is optimized again leaves no class behind.
 *
 * Guarantees: the instance is a CompiledFunction for `shared` with the result's exits, and its
 * direct entry (OptimizedCode.directEntry) is set where the class has one.
 */
package dev.kindling.backend.codegen;

import dev.kindling.backend.deopt.CompiledFunction;
import dev.kindling.backend.deopt.Deoptimizer;
import dev.kindling.bytecode.SharedFunctionInfo;
import dev.kindling.interpreter.DirectCallSites;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

public final class CodeInstaller {
    private CodeInstaller() {
    }

    public static CompiledFunction install(CodeGenerator.Result result, SharedFunctionInfo shared,
                                           Deoptimizer deoptimizer) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup()
                    .defineHiddenClassWithClassData(result.classFile(), result.constants(), true);
            MethodHandle constructor = lookup.findConstructor(lookup.lookupClass(),
                    MethodType.methodType(void.class, SharedFunctionInfo.class, List.class, Deoptimizer.class));
            CompiledFunction code = (CompiledFunction) constructor.invoke(shared, result.exits(), deoptimizer);
            if (result.directArity() >= 0) {
                MethodType direct = DirectCallSites.type(result.directArity())
                        .insertParameterTypes(0, dev.kindling.interpreter.Interpreter.class);
                code.setDirectEntry(lookup.findVirtual(lookup.lookupClass(), "callDirect", direct).bindTo(code));
            }
            return code;
        } catch (Error | RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot install the code of " + shared.name() + ": " + e, e);
        }
    }
}
